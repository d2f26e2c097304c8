import { channelNames, type ChannelName, type KredsApi, type KredsEvent } from '../shared/contract';
import { KredsError, type Result } from '../shared/errors';

/**
 * The client: window.kreds when the Electron preload provides it, otherwise the browser host over HTTP.
 * Both are built from the contract's channel list; failures become a thrown KredsError with a Danish message.
 */
type Transport = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;
type Subscribe = (listener: (event: KredsEvent) => void) => () => void;

interface PreloadBridge {
  onEvent: Subscribe;
  [channel: string]: unknown;
}

declare global {
  interface Window {
    kreds?: PreloadBridge;
  }
}

/** Identifies this window on events it caused, so it can ignore its own echo. */
export const windowId = Math.random().toString(36).slice(2, 12);

/**
 * The browser host knows this window by an HttpOnly session cookie (opened by the one-time launch link), which the
 * page's own script cannot read; same-origin fetch and EventSource send it by themselves.
 */
function httpTransport(): { transport: Transport; subscribe: Subscribe } {
  const transport: Transport = async (channel, input) => {
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kreds-Window': windowId },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Result<unknown>;
  };
  const listeners = new Set<(event: KredsEvent) => void>();
  let source: EventSource | null = null;
  const subscribe: Subscribe = (listener) => {
    listeners.add(listener);
    if (!source) {
      source = new EventSource('/api/events');
      source.onmessage = (message: MessageEvent<string>) => {
        const event = JSON.parse(message.data) as KredsEvent;
        for (const l of listeners) l(event);
      };
    }
    return () => listeners.delete(listener);
  };
  return { transport, subscribe };
}

function preloadTransport(bridge: PreloadBridge): { transport: Transport; subscribe: Subscribe } {
  return {
    transport: (channel, input) => (bridge[channel] as (input: unknown) => Promise<Result<unknown>>)(input ?? {}),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

const connection = window.kreds ? preloadTransport(window.kreds) : httpTransport();

/** An in-app URL for another window (the presenter); in the browser host the session cookie comes along by itself. */
export function inAppUrl(hashPath: string): string {
  return `${window.location.pathname}#${hashPath}`;
}

export const api = Object.fromEntries(
  channelNames.map((name) => [
    name,
    async (input: unknown) => {
      let result: Result<unknown>;
      try {
        result = await connection.transport(name, input);
      } catch {
        throw new KredsError('db_unavailable', 'Kreds svarer ikke. Dine data er gemt til og med sidste bekræftede ændring. Prøv igen om lidt.');
      }
      if (!result.ok) throw new KredsError(result.error.code, result.error.message, result.error.fields);
      return result.value;
    },
  ]),
) as KredsApi;

export const onKredsEvent: Subscribe = (listener) => connection.subscribe(listener);
