import { useCallback, useEffect, useRef, useState } from 'react';
import type { KredsEvent } from '../../shared/contract';
import { KredsError } from '../../shared/errors';
import { onKredsEvent } from '../api';

export interface Loaded<T> {
  data: T | undefined;
  error: KredsError | null;
  loading: boolean;
  reload(): void;
}

/**
 * Loads data through the api and reloads it when the host announces a change of a matching type (from this window or
 * another one), and whenever the app is unlocked: a view that was on screen while locked shows fresh data, never the
 * host's "Kreds er låst" refusal it met meanwhile.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], reloadOn?: (event: KredsEvent) => boolean): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: KredsError | null; loading: boolean }>({ data: undefined, error: null, loading: true });
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current().then(
      (data) => mine === generation.current && setState({ data, error: null, loading: false }),
      (error: unknown) =>
        mine === generation.current &&
        setState((s) => ({ data: s.data, error: error instanceof KredsError ? error : new KredsError('internal', String(error)), loading: false })),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  useEffect(run, [run]);

  const filterRef = useRef(reloadOn);
  filterRef.current = reloadOn;
  useEffect(() => onKredsEvent((event) => (unlocked(event) || filterRef.current?.(event)) && run()), [run]);

  return { ...state, reload: run };
}

function unlocked(event: KredsEvent): boolean {
  return event.type === 'lock.changed' && (event.data as { locked?: boolean } | undefined)?.locked === false;
}
