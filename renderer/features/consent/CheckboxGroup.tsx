import { useId } from 'react';

interface Props {
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange(selected: string[]): void;
}

/** A fieldset of checkboxes with its legend, hint and inline error wired for screen readers. */
export function CheckboxGroup({ legend, hint, error, options, selected, onChange }: Props) {
  const id = useId();
  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <fieldset className={`checkbox-group${error ? ' field--invalid' : ''}`} aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="checkbox-group__options">
        {options.map((o) => (
          <label key={o.value}>
            <input type="checkbox" checked={selected.includes(o.value)} onChange={() => toggle(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
