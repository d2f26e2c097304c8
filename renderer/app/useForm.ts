import { useState } from 'react';
import { KredsError } from '../../shared/errors';

/**
 * Submits through the api and keeps what the user typed on failure: field errors show inline,
 * anything else shows as one message above the form.
 */
export function useSubmit<T>(submit: () => Promise<T>, onDone: (value: T) => void) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setFormError(null);
    try {
      const value = await submit();
      setFieldErrors({});
      onDone(value);
    } catch (error) {
      const kreds = error instanceof KredsError ? error : new KredsError('internal', String(error));
      setFieldErrors(kreds.fields ?? {});
      setFormError(kreds.message);
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, fieldErrors, formError, setFieldErrors };
}
