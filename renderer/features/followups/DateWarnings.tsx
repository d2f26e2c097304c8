import { useTranslation } from 'react-i18next';
import type { DateCheck } from '../../../shared/domain/followups';
import { formatDay, weekdayName } from './format';

/** Explains what is wrong with the picked date and offers the nearest working days as one-click fixes. */
export function DateWarnings({ check, onChoose }: { check: DateCheck; onChoose(day: string): void }) {
  const { t } = useTranslation('followups');
  const blocking = check.problems.filter((p) => p.code === 'past' || p.code === 'weekend' || p.code === 'holiday');
  if (blocking.length === 0) return null;
  return (
    <div className="notice date-warning" role="alert">
      {blocking.map((p) => (
        <p key={p.code}>{p.code === 'holiday' ? t('problem.holiday', { name: p.name }) : t(`problem.${p.code}`)}</p>
      ))}
      <p>{t('problem.suggestions')}</p>
      <div className="invite__buttons">
        {check.suggestions.map((day) => (
          <button key={day} type="button" className="button" onClick={() => onChoose(day)}>
            {weekdayName(t, day)} {formatDay(day)}
          </button>
        ))}
      </div>
    </div>
  );
}
