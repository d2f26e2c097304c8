import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/** Polite status messages ("Gemt", "Sagen er lukket"): visible as a toast and read by screen readers. */
const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
    window.setTimeout(() => setMessage((current) => (current === text ? '' : current)), 4000);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className={`toast${message ? ' toast--visible' : ''}`} role="status" aria-live="polite">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
