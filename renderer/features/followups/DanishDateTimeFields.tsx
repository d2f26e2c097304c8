import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDanishDate } from '../../../shared/domain/dates';
import { parseDanishTime, type LocalDateTime } from '../../../shared/domain/localTime';
import { DateField, dayText, timeText, TimeField } from '../../ui/DateTimeFields';

/**
 * The planner's date and time (renderer/ui/DateTimeFields.tsx) over a LocalDateTime: the text the user types stays
 * while it is not (yet) a valid date, and the chosen value follows once it is; a day chip or suggestion rewrites it.
 */
export function DanishDateTimeFields({ value, onChange, errors }: { value: LocalDateTime; onChange(v: LocalDateTime): void; errors: Record<string, string> }) {
  const { t } = useTranslation('followups');
  const [dateText, setDateText] = useState(dayText(value.date));
  const [clockText, setClockText] = useState(timeText(value.time));
  useEffect(() => {
    if (parseDanishDate(dateText) !== value.date) setDateText(dayText(value.date));
    // Only outside changes (a day chip, a suggestion) rewrite the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value.date]);
  useEffect(() => {
    if (parseDanishTime(clockText) !== value.time) setClockText(timeText(value.time));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value.time]);
  return (
    <>
      <DateField
        label={t('planner.date')}
        text={dateText}
        onText={(text, day) => {
          setDateText(text);
          if (day) onChange({ ...value, date: day });
        }}
        error={errors.date}
      />
      <TimeField
        label={t('planner.time')}
        text={clockText}
        onText={(text, time) => {
          setClockText(text);
          if (time) onChange({ ...value, time });
        }}
        error={errors.time}
      />
    </>
  );
}
