import { useTranslation } from 'react-i18next';
import { holidayOn } from '../../../shared/domain/holidays';
import { addDays, isoWeekOfDay, weekday } from '../../../shared/domain/localTime';
import type { Window } from '../../../shared/domain/followups';
import { formatDay, weekdayName } from './format';

/**
 * The window as a row per ISO week: each working day is one click; weekends and holidays are shown (so the user sees
 * why a day is missing) but cannot be chosen.
 */
export function WindowDayPicker({ window, chosen, onChoose }: { window: Window; chosen: string; onChoose(day: string): void }) {
  const { t } = useTranslation('followups');
  const weeks = new Map<number, string[]>();
  for (let day = window.earliest; day <= window.latest; day = addDays(day, 1)) {
    if (weekday(day) >= 6) continue;
    const week = isoWeekOfDay(day).week;
    weeks.set(week, [...(weeks.get(week) ?? []), day]);
  }
  return (
    <div className="day-picker" role="group" aria-label={t('planner.windowDays')}>
      {[...weeks.entries()].map(([week, days]) => (
        <div key={week} className="day-picker__week">
          <span className="day-picker__label">{t('week', { week })}</span>
          {days.map((day) => {
            const holiday = holidayOn(day);
            const label = `${weekdayName(t, day).slice(0, 2)} ${formatDay(day).slice(0, 5)}`;
            return (
              <button
                key={day}
                type="button"
                className={`day-chip${day === window.target ? ' day-chip--target' : ''}`}
                aria-pressed={day === chosen}
                disabled={!!holiday}
                title={holiday ? holiday.name : `${weekdayName(t, day)} ${formatDay(day)}`}
                onClick={() => onChoose(day)}
              >
                {label}
                {holiday && <span className="day-chip__holiday">{holiday.name}</span>}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
