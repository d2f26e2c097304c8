import { useTranslation } from 'react-i18next';
import { AGREEMENT_STATUS_LABELS } from '../../../shared/domain/agreements';
import { HOUSE_LABELS, HOUSES } from '../../../shared/domain/houses';
import { MAP_PARTS, type MapLabels } from '../../../shared/domain/map';
import { attended, type MeetingRecord } from '../../../shared/domain/review';
import { WELLBEING_LABELS } from '../../../shared/domain/wellbeing';
import { Badge } from '../../ui/Page';
import { HighlightText } from '../search/Highlighted';
import { AgreementsTable } from './AgreementsTable';

/**
 * A held meeting as it reads afterwards, phase by phase. Shared by the review page (with search highlighting) and
 * the printed summaries; what it gets has already been filtered for the audience by the host.
 */
export function MeetingContent({ meeting, labels, words = [], targetId }: { meeting: MeetingRecord; labels: MapLabels; words?: string[]; targetId?: string }) {
  const { t } = useTranslation('review');
  const mark = (text: string) => <HighlightText text={text} words={words} />;
  const phases = [...new Map(meeting.notes.map((n) => [n.phaseId, n])).values()];
  return (
    <div className="meeting-content">
      <section id="phase-introductions" className="review-section">
        <h2>{t('meeting.attendees')}</h2>
        <ul className="attendees">
          {meeting.attendees.map((a) => (
            <li key={a.participantId} className={attended(a) ? '' : 'muted'}>
              {mark(a.name)} {a.role && <span className="muted">({a.role})</span>} {!attended(a) && <span>– {t(`attendance.${a.status}`)}</span>}
              {a.status === 'phone' && <span> – {t('attendance.phone')}</span>}
            </li>
          ))}
        </ul>
      </section>
      {phases.map((phase) => (
        <section key={phase.phaseId} id={`phase-${phase.phaseKind}`} className="review-section">
          <h2>{phase.phaseTitle}</h2>
          {meeting.notes
            .filter((n) => n.phaseId === phase.phaseId)
            .map((n, i) => (
              <div key={i} className={`note${n.confidential ? ' note--confidential' : ''}`}>
                {n.confidential && <Badge tone="warning">{t('confidential')}</Badge>}
                {n.text.split('\n').map((line, j) => (
                  <p key={j}>{mark(line)}</p>
                ))}
              </div>
            ))}
        </section>
      ))}
      <section id="phase-mapping" className="review-section">
        <h2>{t('meeting.map')}</h2>
        <div className="review-map">
          {MAP_PARTS.map((part) => {
            const items = meeting.mapItems.filter((i) => i.part === part);
            if (!items.length) return null;
            return (
              <div key={part} className="map-part">
                <h3>{labels[part]}</h3>
                <ul>
                  {items.map((item) => (
                    <li key={item.id} id={`item-${item.id}`} className={`${item.confidential ? 'item--confidential ' : ''}${item.id === targetId ? 'is-target' : ''}`}>
                      {item.confidential && <Badge tone="warning">{t('confidential')}</Badge>} {mark(item.text)}
                      {item.saidByName && <span className="muted"> ({item.saidByName})</span>}
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      </section>
      {meeting.houseItems.length > 0 && (
        <section id="houses" className="review-section">
          <h2>{t('meeting.houses')}</h2>
          <div className="map-columns">
            {HOUSES.map((house) => {
              const quotes = meeting.houseItems.filter((h) => h.house === house);
              if (!quotes.length) return null;
              return (
                <div key={house} className="map-part">
                  <h3>{HOUSE_LABELS[house]}</h3>
                  <ul>
                    {quotes.map((quote) => (
                      <li key={quote.id} id={`item-${quote.id}`} className={quote.id === targetId ? 'is-target' : ''}>
                        »{mark(quote.text)}«{!quote.shown && <span className="muted"> ({t('meeting.notShown')})</span>}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </section>
      )}
      <section id="phase-scaling" className="review-section">
        <h2>{t('meeting.scaling')}</h2>
        {meeting.scaling.map((q) => (
          <div key={q.seriesId}>
            <p className="muted">{q.question}</p>
            <p className="scores">
              {q.scores.map((s) => (
                <span key={s.participantId} className="score">
                  {s.participantName}: <strong>{s.value}</strong>
                </span>
              ))}
            </p>
          </div>
        ))}
        {meeting.wellbeing && (
          <p>
            {t('meeting.wellbeing')}: <strong>{WELLBEING_LABELS[meeting.wellbeing]}</strong>
          </p>
        )}
      </section>
      <section id="phase-goals_agreements" className="review-section">
        <h2>{t('meeting.agreements')}</h2>
        {meeting.agreements.length === 0 && <p className="muted">{t('meeting.noAgreements')}</p>}
        <AgreementsTable agreements={meeting.agreements} text={mark} anchored targetId={targetId} status={(a) => AGREEMENT_STATUS_LABELS[a.status]} />
      </section>
    </div>
  );
}
