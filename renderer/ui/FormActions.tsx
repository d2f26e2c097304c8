import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  /** The main action: "Gem", "Luk sagen", "Slet" … */
  label: string;
  /** While it runs (or when the input cannot be sent yet) the main action cannot be pressed again. */
  disabled?: boolean;
  /** Destructive (delete, close a case, restore over the data): shown in the danger colour. */
  danger?: boolean;
  /** Without a <form> around it the main action runs on click; inside one it submits the form. */
  onConfirm?(): void;
  /** "Annuller"; left out where there is nothing to cancel. */
  onCancel?(): void;
  /** Focus starts on "Annuller" (the Dialog honours data-autofocus): for a confirmation nobody should hit by Enter. */
  focusCancel?: boolean;
  /** Further actions after the main one (first run's "Senere", "Spring over"). */
  children?: ReactNode;
}

/** The footer every form and confirmation has: the main action, then "Annuller". */
export function FormActions({ label, disabled, danger, onConfirm, onCancel, focusCancel, children }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button
        type={onConfirm ? 'button' : 'submit'}
        className={`button ${danger ? 'button--danger' : 'button--primary'}`}
        disabled={disabled}
        onClick={onConfirm}
      >
        {label}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel} data-autofocus={focusCancel || undefined}>
          {t('actions.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}
