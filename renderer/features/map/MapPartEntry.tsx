import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanItemText, type MapPart } from '../../../shared/domain/map';

/**
 * The fast-entry line of one part (type, Enter), at the top of its column: however many items the parts hold, every
 * entry line is in view when the map opens on a laptop. The part's name is its visible label.
 */
export function MapPartEntry({ part, label, add }: { part: MapPart; label: string; add(part: MapPart, text: string): Promise<void> }) {
  const { t } = useTranslation('map');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = `new-${part}`;

  const submit = async () => {
    const clean = cleanItemText(text);
    if (!clean.ok) return setError(clean.message);
    try {
      await add(part, clean.text);
      setText('');
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <div className="map-entry">
      <label htmlFor={inputId}>
        <span className="visually-hidden">{t('entry.labelPrefix')} </span>
        {label}
      </label>
      <input
        id={inputId}
        value={text}
        placeholder={t('entry.placeholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void submit();
          }
        }}
      />
      {error && (
        <p className="field__error" id={`${inputId}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
