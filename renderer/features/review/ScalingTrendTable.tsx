import { useTranslation } from 'react-i18next';
import type { PrepareView } from '../../../shared/contract/review';
import { formatDate } from '../../../shared/domain/dates';

/** Each person's number per meeting, oldest to newest, with the last move as an arrow: the trend at a glance. */
export function ScalingTrendTable({ meetings, series }: PrepareView['trend']) {
  const { t } = useTranslation('review');
  if (!series.length) return <p className="muted">{t('prepare.noScaling')}</p>;
  const arrow = (change: number | null) => (change == null ? '' : change > 0 ? `↑ ${change}` : change < 0 ? `↓ ${-change}` : '→');
  return (
    <table className="trend-table">
      <thead>
        <tr>
          <th scope="col">{t('prepare.person')}</th>
          {meetings.map((m) => (
            <th key={m.id} scope="col">
              {formatDate(m.startsAt)}
            </th>
          ))}
          <th scope="col">{t('prepare.change')}</th>
        </tr>
      </thead>
      <tbody>
        {series.map((s) => (
          <tr key={`${s.seriesId}-${s.participantId}`}>
            <th scope="row">{s.participantName}</th>
            {meetings.map((m) => (
              <td key={m.id}>{s.points.find((p) => p.meetingId === m.id)?.value ?? '–'}</td>
            ))}
            <td className={s.lastChange && s.lastChange > 0 ? 'trend-up' : s.lastChange && s.lastChange < 0 ? 'trend-down' : ''}>{arrow(s.lastChange)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
