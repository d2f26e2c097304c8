import { useTranslation } from 'react-i18next';
import type { CompareView as View } from '../../../shared/contract/review';
import { AGREEMENT_STATUS_LABELS, REVIEW_OUTCOME_LABELS } from '../../../shared/domain/agreements';
import { formatDate } from '../../../shared/domain/dates';
import type { MapLabels, MapPart } from '../../../shared/domain/map';
import { PROGRESS_STATUS_LABELS } from '../../../shared/domain/plan';
import { WELLBEING_LABELS } from '../../../shared/domain/wellbeing';
import { Badge } from '../../ui/Page';

function ItemLine({ text, part, confidential, labels }: { text: string; part: MapPart; confidential: boolean; labels: MapLabels }) {
  const { t } = useTranslation('review');
  return (
    <>
      <span className="muted small">{labels[part]}:</span> {text} {confidential && <Badge tone="warning">{t('confidential')}</Badge>}
    </>
  );
}

/** Then and now, side by side: map changes, each person's number, the agreements then and their status now, goals. */
export function CompareView({ view }: { view: View }) {
  const { t } = useTranslation('review');
  const { map, scaling, wellbeing } = view.comparison;
  const then = formatDate(view.earlier.startsAt);
  const now = formatDate(view.later.startsAt);
  return (
    <div className="compare">
      <div className="compare__heads">
        <h2>{t('compare.thenHeading', { date: then })}</h2>
        <h2>{t('compare.nowHeading', { date: now })}</h2>
      </div>
      <section className="review-section">
        <h2>{t('compare.map', { added: map.added.length, removed: map.removed.length, changed: map.changed.length })}</h2>
        <ul className="diff">
          {map.removed.map((i) => (
            <li key={i.id} className="diff--removed">
              <Badge tone="muted">{t('compare.removed')}</Badge> <ItemLine {...i} labels={view.labels} />
            </li>
          ))}
          {map.changed.map(({ before, after }) => (
            <li key={after.id} className="diff--changed">
              <Badge tone="info">{t('compare.changed')}</Badge>
              <span className="compare__pair">
                <span>
                  <ItemLine {...before} labels={view.labels} />
                </span>
                <span>
                  <ItemLine {...after} labels={view.labels} />
                </span>
              </span>
            </li>
          ))}
          {map.added.map((i) => (
            <li key={i.id} className="diff--added">
              <Badge tone="success">{t('compare.added')}</Badge> <ItemLine {...i} labels={view.labels} />
            </li>
          ))}
        </ul>
        {map.unchanged > 0 && <p className="muted">{t('compare.unchanged', { count: map.unchanged })}</p>}
      </section>
      <section className="review-section">
        <h2>{t('meeting.scaling')}</h2>
        {scaling.map((q) => (
          <table key={q.seriesId} className="trend-table">
            <caption className="muted">{q.question}</caption>
            <thead>
              <tr>
                <th scope="col">{t('prepare.person')}</th>
                <th scope="col">{then}</th>
                <th scope="col">{now}</th>
              </tr>
            </thead>
            <tbody>
              {q.rows.map((r) => (
                <tr key={r.participantName}>
                  <th scope="row">{r.participantName}</th>
                  <td>{r.before ?? '–'}</td>
                  <td>
                    {r.after ?? '–'}
                    {r.before != null && r.after != null && r.after !== r.before && <span className={r.after > r.before ? 'trend-up' : 'trend-down'}> ({r.after > r.before ? '+' : ''}{r.after - r.before})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <p>
          {t('meeting.wellbeing')}: {wellbeing.before ? WELLBEING_LABELS[wellbeing.before] : '–'} → {wellbeing.after ? WELLBEING_LABELS[wellbeing.after] : '–'}
        </p>
      </section>
      <section className="review-section">
        <h2>{t('compare.agreements', { date: then })}</h2>
        <table className="agreements-table">
          <thead>
            <tr>
              <th scope="col">{t('agreement.who')}</th>
              <th scope="col">{t('agreement.what')}</th>
              <th scope="col">{t('compare.statusNow')}</th>
            </tr>
          </thead>
          <tbody>
            {view.agreementsNow.map((a) => (
              <tr key={a.id}>
                <td>{a.responsibleName}</td>
                <td>{a.what}</td>
                <td>
                  {AGREEMENT_STATUS_LABELS[a.status]}
                  {a.review && <span className="muted"> ({t('compare.reviewed')}: {REVIEW_OUTCOME_LABELS[a.review.outcome].toLowerCase()})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="review-section">
        <h2>{t('prepare.goals')}</h2>
        <ul className="goal-list">
          {view.goals.map((g) => {
            const at = (id: string) => g.progress.find((p) => p.meetingId === id);
            const before = at(view.earlier.id);
            const after = at(view.later.id);
            const show = (p: typeof before) => (p ? `${p.status ? PROGRESS_STATUS_LABELS[p.status] : ''}${p.score != null ? ` (${p.score}/10)` : ''}` : '–');
            return (
              <li key={g.id}>
                {g.text} <span className="muted">{show(before)} → {show(after)}</span>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
