import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SinceLast } from '../../../shared/contract/map';
import { formatDate } from '../../../shared/domain/dates';
import type { MapItem } from '../../../shared/domain/map';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';

const TrendChart = lazy(() => import('./TrendChart'));

/** "Siden sidst": what was added, removed and changed on the map, and whose numbers moved, since the last meeting. */
export function SinceLastView({ meetingId, caseId }: { meetingId: string; caseId: string }) {
  const { t } = useTranslation('map');
  const loaded = useLoad(
    () => api['map.sinceLast']({ meetingId }),
    [meetingId],
    (event) => ['map.changed', 'scaling.changed'].includes(event.type) && event.id === meetingId,
  );
  const diff = loaded.data;
  if (!diff) return <p className="muted">{t('common:status.loading')}</p>;
  if (!diff.previous) return <p className="empty-state">{t('since.first')}</p>;
  const item = (i: MapItem) => (
    <>
      <span className="since__part">{diff.labels[i.part]}:</span> {i.text}
    </>
  );
  return (
    <div className="since" data-testid="since-last">
      <p>{t('since.comparedWith', { date: formatDate(diff.previous.startsAt) })}</p>
      <div className="since__groups">
        <Group title={t('since.added', { count: diff.added.length })} tone="added">
          {diff.added.map((i) => (
            <li key={i.id}>{item(i)}</li>
          ))}
        </Group>
        <Group title={t('since.changed', { count: diff.changed.length })} tone="changed">
          {diff.changed.map((c) => (
            <li key={c.after.id}>
              {item(c.after)}
              <span className="since__before">{describeChange(c, diff, t)}</span>
            </li>
          ))}
        </Group>
        <Group title={t('since.removed', { count: diff.removed.length })} tone="removed">
          {diff.removed.map((i) => (
            <li key={i.id}>{item(i)}</li>
          ))}
        </Group>
      </div>
      <h3>{t('since.scores', { count: diff.scores.length })}</h3>
      <ul className="since__scores">
        {diff.scores.map((s) => (
          <li key={`${s.question}${s.name}`}>{t('since.score', { name: s.name, before: s.before ?? '–', after: s.after ?? '–' })}</li>
        ))}
      </ul>
      <p className="muted small">{t('since.unchanged', { count: diff.unchanged })}</p>
      <Suspense fallback={null}>
        <TrendChart caseId={caseId} />
      </Suspense>
    </div>
  );
}

function describeChange(c: SinceLast['changed'][number], diff: SinceLast, t: (key: string, o?: Record<string, unknown>) => string): string {
  return c.changes
    .map((change) => {
      if (change === 'text') return t('since.wasText', { text: c.before.text });
      if (change === 'part') return t('since.wasPart', { part: diff.labels[c.before.part] });
      if (change === 'saidBy') return t('since.wasSaidBy', { name: c.before.saidBy ? (diff.people[c.before.saidBy] ?? '?') : t('item.shared') });
      return c.after.confidential ? t('since.nowConfidential') : t('since.noLongerConfidential');
    })
    .join(' · ');
}

function Group({ title, tone, children }: { title: string; tone: string; children: ReactNode[] }) {
  return (
    <section className={`since__group since__group--${tone}`}>
      <h3>{title}</h3>
      {children.length ? <ul>{children}</ul> : <p className="muted">—</p>}
    </section>
  );
}
