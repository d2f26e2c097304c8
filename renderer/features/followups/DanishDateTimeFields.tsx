import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDanishDate } from '../../../shared/domain/dates';
import { parseDanishTime, type LocalDateTime } from '../../../shared/domain/localTime';
import { TextField } from '../../ui/Field';
import { formatClock, formatDay } from './format';

/**
 * Date and time typed the Danish way (dd.mm.åååå, tt.mm) whatever the OS locale; the text the user types stays
 * while it is not (yet) a valid date, and the chosen value follows once it is.
 */
export function DanishDateTimeFields({ value, onChange, errors }: { value: LocalDateTime; onChange(v: LocalDateTime): void; errors: Record<string, string> }) {
  const { t } = useTranslation('followups');
  const [dateText, setDateText] = useState(formatDay(value.date));
  const [timeText, setTimeText] = useState(formatClock(value.time));
  useEffect(() => {
    if (parseDanishDate(dateText) !== value.date) setDateText(formatDay(value.date));
    // Only outside changes (a day chip, a suggestion) rewrite the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value.date]);
  useEffect(() => {
    if (parseDanishTime(timeText) !== value.time) setTimeText(formatClock(value.time));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value.time]);
  const dateInvalid = dateText.trim() !== '' && !parseDanishDate(dateText);
  const timeInvalid = timeText.trim() !== '' && !parseDanishTime(timeText);
  return (
    <>
      <TextField
        label={t('planner.date')}
        hint={t('planner.dateHint')}
        inputMode="numeric"
        value={dateText}
        onChange={(e) => {
          setDateText(e.target.value);
          const parsed = parseDanishDate(e.target.value);
          if (parsed) onChange({ ...value, date: parsed });
        }}
        error={dateInvalid ? t('planner.dateInvalid') : errors.date}
      />
      <TextField
        label={t('planner.time')}
        hint={t('planner.timeHint')}
        inputMode="numeric"
        value={timeText}
        onChange={(e) => {
          setTimeText(e.target.value);
          const parsed = parseDanishTime(e.target.value);
          if (parsed) onChange({ ...value, time: parsed });
        }}
        error={timeInvalid ? t('planner.timeInvalid') : errors.time}
      />
    </>
  );
}
