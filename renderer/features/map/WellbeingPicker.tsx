import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WELLBEING_LABELS, WELLBEING_LEVELS, type WellbeingLevel } from '../../../shared/domain/wellbeing';
import { api } from '../../api';

/** The optional four-level wellbeing scale for this meeting, with what the chosen level calls for. */
export function WellbeingPicker({ meetingId, level: saved, hints }: { meetingId: string; level: WellbeingLevel | null; hints: Record<WellbeingLevel, string> }) {
  const { t } = useTranslation('map');
  const [level, setLevel] = useState(saved);
  useEffect(() => setLevel(saved), [saved]);
  const set = (value: WellbeingLevel | null) => {
    setLevel(value);
    api['map.setWellbeing']({ meetingId, level: value }).catch(() => setLevel(saved));
  };
  return (
    <fieldset className="wellbeing">
      <legend>{t('wellbeing.title')}</legend>
      <div className="wellbeing__levels">
        {WELLBEING_LEVELS.map((l) => (
          <label key={l} className={`wellbeing__level wellbeing__level--${l}`}>
            <input type="radio" name={`wellbeing-${meetingId}`} checked={level === l} onChange={() => set(l)} />
            {WELLBEING_LABELS[l]}
          </label>
        ))}
        {level && (
          <button type="button" className="button button--small" onClick={() => set(null)}>
            {t('wellbeing.clear')}
          </button>
        )}
      </div>
      {level && <p className="wellbeing__hint">{hints[level]}</p>}
    </fieldset>
  );
}
