import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDanishDate } from '../../shared/domain/dates';
import { isoWeekOfDay, parseDanishTime, weekday } from '../../shared/domain/localTime';
import { TextField } from './Field';

type Props = { label: string; hint?: string; error?: string; text: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

/**
 * A date typed the Danish way, dd.mm.åååå, whatever the operating system's locale (the browser's own date input
 * showed 03/18/2027 on an English system). A valid date is read back with its weekday and week number; a wrong one
 * is named once it is typed in full or the user leaves the field. What the user typed stays as typed.
 */
export function DateField({ label, hint, error, text, onText, ...input }: Props & { onText(text: string, day: string | null): void }) {
  const { t } = useTranslation('common');
  const [left, setLeft] = useState(false);
  const day = parseDanishDate(text);
  const typedInFull = /^\s*\d{1,2}[.\-/]\d{1,2}[.\-/]\d{4}\s*$/.test(text);
  const wrong = text.trim() !== '' && !day && (left || typedInFull);
  return (
    <TextField
      label={label}
      hint={hint ?? t('dateInput.dateHint')}
      error={wrong ? t('dateInput.dateInvalid') : error}
      note={day ? t('dateInput.week', { weekday: t(`followups:weekday.${weekday(day)}`), week: isoWeekOfDay(day).week }) : undefined}
      inputMode="numeric"
      autoComplete="off"
      className="input--date"
      {...input}
      value={text}
      onChange={(e) => onText(e.target.value, parseDanishDate(e.target.value))}
      onBlur={() => setLeft(true)}
    />
  );
}

/** A time typed the Danish way, tt.mm on the 24-hour clock, whatever the system locale ("02:00 PM" elsewhere). */
export function TimeField({ label, hint, error, text, onText, ...input }: Props & { onText(text: string, time: string | null): void }) {
  const { t } = useTranslation('common');
  const [left, setLeft] = useState(false);
  const time = parseDanishTime(text);
  const wrong = text.trim() !== '' && !time && (left || /^\s*\d{1,2}[.:]\d{2}\s*$/.test(text) || text.trim().length > 5);
  return (
    <TextField
      label={label}
      hint={hint ?? t('dateInput.timeHint')}
      error={wrong ? t('dateInput.timeInvalid') : error}
      inputMode="numeric"
      autoComplete="off"
      className="input--time"
      {...input}
      value={text}
      onChange={(e) => onText(e.target.value, parseDanishTime(e.target.value))}
      onBlur={() => setLeft(true)}
    />
  );
}

/** 'yyyy-mm-dd' → 'dd.mm.yyyy' and 'HH:mm' → 'HH.mm' for the fields above, without passing through a Date. */
export function dayText(day: string | null | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

export function timeText(time: string | null | undefined): string {
  return time ? time.replace(':', '.') : '';
}
