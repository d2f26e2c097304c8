import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/dates';
import { SCALE_MAX } from '../../../shared/domain/scaling';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';

const W = 180;
const H = 64;
const PAD = 8;

/**
 * One small chart per participant and question: their numbers over the case's meetings. Loaded lazily (it is
 * only needed once a case has history) and drawn as plain SVG: a line and labelled points, no chart library.
 */
export default function TrendChart({ caseId }: { caseId: string }) {
  const { t } = useTranslation('map');
  const loaded = useLoad(() => api['scaling.trend']({ caseId }), [caseId], (event) => event.type === 'scaling.changed');
  const trend = loaded.data;
  if (!trend || trend.meetings.length === 0) return null;
  const meetingIndex = new Map(trend.meetings.map((m, i) => [m.meetingId, i]));
  const x = (i: number) => PAD + (trend.meetings.length < 2 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (trend.meetings.length - 1));
  const y = (v: number) => H - PAD - (v / SCALE_MAX) * (H - 2 * PAD);

  return (
    <section className="trend" aria-labelledby="trend-h" data-testid="trend">
      <h3 id="trend-h">{t('trend.title')}</h3>
      <p className="muted small">{trend.meetings.map((m) => formatDate(m.startsAt)).join(' → ')}</p>
      {trend.questions.map((q) => (
        <div key={q.seriesId} className="trend__question">
          {trend.questions.length > 1 && <h4>{q.text}</h4>}
          <ul className="trend__grid">
            {trend.series
              .filter((s) => s.seriesId === q.seriesId)
              .map((s) => {
                const points = s.points.map((p) => ({ ...p, cx: x(meetingIndex.get(p.meetingId) ?? 0), cy: y(p.value) }));
                const label = t('trend.series', { name: s.name, values: s.points.map((p) => p.value).join(', ') });
                return (
                  <li key={s.participantId} className="trend__item" data-testid="trend-series">
                    <span className="trend__name">
                      {s.name}
                      {s.lastChange !== null && s.lastChange !== 0 && <span className="trend__change">{s.lastChange > 0 ? ` +${s.lastChange}` : ` ${s.lastChange}`}</span>}
                    </span>
                    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
                      <line x1={PAD} x2={W - PAD} y1={y(0)} y2={y(0)} className="trend__axis" />
                      <line x1={PAD} x2={W - PAD} y1={y(SCALE_MAX)} y2={y(SCALE_MAX)} className="trend__axis" />
                      <polyline points={points.map((p) => `${p.cx},${p.cy}`).join(' ')} className="trend__line" />
                      {points.map((p) => (
                        <g key={p.meetingId}>
                          <circle cx={p.cx} cy={p.cy} r={4} className="trend__point" />
                          <text x={p.cx} y={p.cy - 7} textAnchor="middle" className="trend__value">
                            {p.value}
                          </text>
                        </g>
                      ))}
                    </svg>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
