import { useTranslation } from 'react-i18next';
import type { MeetingReview } from '../../../shared/contract/review';
import { formatDate } from '../../../shared/domain/dates';
import { HOUSE_LABELS, HOUSES } from '../../../shared/domain/houses';
import { MAP_PARTS } from '../../../shared/domain/map';
import { phasesWithNotes } from '../../../shared/domain/outcome';
import { attended } from '../../../shared/domain/review';
import { WELLBEING_LABELS } from '../../../shared/domain/wellbeing';
import { Badge } from '../../ui/Page';
import { HighlightText } from '../search/Highlighted';
import { OutcomeSections, type Audience, type FixLinks } from './OutcomeSections';
import './review.css';

/**
 * A meeting as it reads afterwards, outcome first (issue 17): what was agreed, the next meeting and whom to call;
 * then the child's own words, the map, scaling, the notes of the phases that have any, and who took part (the
 * child first). Shared by the read-back (with search highlighting), the end-of-meeting screen and both PDFs; what it
 * gets has already been filtered for the audience by the host, and the family reads the family's words.
 */
export function MeetingContent({ review, audience, words = [], targetId, fix }: {
  review: Pick<MeetingReview, 'meeting' | 'nextMeeting' | 'contactPerson' | 'mapLabels' | 'mapWording' | 'childName' | 'goals'>;
  audience: Audience;
  words?: string[];
  targetId?: string;
  fix?: FixLinks;
}) {
  const { t } = useTranslation('review');
  const { meeting } = review;
  const family = audience === 'family';
  const labels = review.mapLabels;
  const mark = (text: string) => <HighlightText text={text} words={words} />;
  const heading = (key: string) => t(`outcome.${key}${family ? 'Family' : 'Professional'}`, { name: review.childName });
  const mapParts = MAP_PARTS.filter((part) => meeting.mapItems.some((i) => i.part === part));
  const notes = phasesWithNotes(meeting.notes);
  const goals = review.goals.filter((g) => g.status === 'active');
  return (
    <div className="meeting-content">
      <OutcomeSections agreements={meeting.agreements} nextMeeting={review.nextMeeting} contact={review.contactPerson} audience={audience} text={mark} targetId={targetId} fix={fix} />
      {goals.some((g) => !g.parentId) && (
        <section id="goals" className="review-section">
          <h2>{heading('goals')}</h2>
          <ul className="goal-list">
            {goals
              .filter((g) => !g.parentId)
              .map((goal) => (
                <li key={goal.id}>
                  {mark(goal.text)}
                  {goal.deadline && <span className="muted"> – {t('outcome.goalDeadline', { date: formatDate(goal.deadline) })}</span>}
                  {goals.some((sub) => sub.parentId === goal.id) && (
                    <ul>
                      {goals
                        .filter((sub) => sub.parentId === goal.id)
                        .map((sub) => (
                          <li key={sub.id}>{mark(sub.text)}</li>
                        ))}
                    </ul>
                  )}
                </li>
              ))}
          </ul>
        </section>
      )}
      {meeting.houseItems.length > 0 && (
        <section id="houses" className="review-section">
          <h2>{heading('childWords')}</h2>
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
      {mapParts.length > 0 && (
        <section id="phase-mapping" className="review-section">
          <h2>{heading('map')}</h2>
          <div className="review-map">
            {mapParts.map((part) => (
              <div key={part} className="map-part">
                <h3>{labels[part]}</h3>
                <ul>
                  {meeting.mapItems
                    .filter((i) => i.part === part)
                    .map((item) => (
                      <li key={item.id} id={`item-${item.id}`} className={`${item.confidential ? 'item--confidential ' : ''}${item.id === targetId ? 'is-target' : ''}`}>
                        {item.confidential && <Badge tone="warning">{t('confidential')}</Badge>} {mark(item.text)}
                        {item.saidByName && <span className="muted"> ({item.saidByName})</span>}
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      )}
      {(meeting.scaling.some((q) => q.scores.length > 0) || meeting.wellbeing) && (
        <section id="phase-scaling" className="review-section">
          <h2>{heading('scaling')}</h2>
          {meeting.scaling
            .filter((q) => q.scores.length > 0)
            .map((q) => (
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
      )}
      {notes.length > 0 && (
        <section className="review-section" aria-labelledby="notes-title">
          <h2 id="notes-title">{heading('notes')}</h2>
          {notes.map((phase) => (
            <div key={phase.phaseId} id={`phase-${phase.phaseKind}`} className="review-phase">
              <h3>{phase.phaseTitle}</h3>
              {phase.notes.map((n, i) => (
                <div key={i} className={`note${n.confidential ? ' note--confidential' : ''}`}>
                  {n.confidential && <Badge tone="warning">{t('confidential')}</Badge>}
                  {n.text.split('\n').map((line, j) => (
                    <p key={j}>{mark(line)}</p>
                  ))}
                </div>
              ))}
            </div>
          ))}
        </section>
      )}
      <section id="phase-introductions" className="review-section">
        <h2>{heading('attendees')}</h2>
        <ul className="attendees">
          {meeting.attendees.map((a) => (
            <li key={a.participantId} className={attended(a) ? '' : 'muted'}>
              {mark(a.name)} {a.role && <span className="muted">({a.role})</span>} {!attended(a) && <span>– {t(`attendance.${a.status}`)}</span>}
              {a.status === 'phone' && <span> – {t('attendance.phone')}</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
