import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseScore } from '../../../shared/domain/scaling';

/** A person's own number: typed live, checked as typed (0–10, whole numbers), saved on Enter or when leaving the field. */
export function ScoreInput({ name, value, previous, save }: { name: string; value: number | null; previous: number | null; save(value: number | null): Promise<void> }) {
  const { t } = useTranslation('map');
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(value === null ? '' : String(value)), [value]);
  const id = useId();

  const commit = async () => {
    const parsed = parseScore(text);
    if (!parsed.ok) return setError(parsed.message);
    setError(null);
    if (parsed.value === value) return;
    try {
      await save(parsed.value);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <div className={`score-input${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{name}</label>
      <input
        id={id}
        className="input--short"
        inputMode="numeric"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-e` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseScore(e.target.value);
          setError(parsed.ok ? null : parsed.message);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => e.key === 'Enter' && void commit()}
      />
      {previous !== null && <span className="muted small">{t('scale.previous', { value: previous })}</span>}
      {error && (
        <p className="field__error" id={`${id}-e`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
