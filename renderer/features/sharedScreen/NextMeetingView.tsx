import { useTranslation } from 'react-i18next';
import type { SharedNextMeeting } from '../../../shared/contract/sharedScreen';
import { isoWeekOfDay, weekday } from '../../../shared/domain/localTime';
import { DANISH } from './danish';

/** "Torsdag · 02.07.2026 · uge 27 · kl. 09.00 · the place", readable from the back of the room. */
export function NextMeetingView({ next, compact = false }: { next: SharedNextMeeting | null; compact?: boolean }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  if (!next) return <div className={compact ? '' : 'ss-next'}>{<p className={compact ? 'ss-muted' : 'ss-next__weekday'}>{t('nextPending')}</p>}</div>;
  const [y, m, d] = next.date.split('-');
  const date = `${d}.${m}.${y}`;
  const week = t('week', { week: isoWeekOfDay(next.date).week });
  const time = t('time', { time: next.time.replace(':', '.') });
  const day = t(`weekday.${weekday(next.date)}`);
  if (compact) {
    return (
      <>
        <p className="ss-box__big ss-capital">
          {day} {date}
        </p>
        <p>
          {time} · {week}
        </p>
        {next.place && <p className="ss-muted">{next.place}</p>}
      </>
    );
  }
  return (
    <div className="ss-next">
      <p className="ss-next__weekday">{day}</p>
      <p className="ss-next__date">{date}</p>
      <p className="ss-next__meta">
        <span>{week}</span>
        <span>{time}</span>
      </p>
      {next.place && <p className="ss-next__place">{next.place}</p>}
    </div>
  );
}
