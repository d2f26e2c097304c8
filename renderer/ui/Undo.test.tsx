// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../shared/i18n';
import { UNDO_OFFER_MS } from '../../shared/domain/undo';
import { useShortcutKeys } from '../app/shortcuts';
import { AnnouncerProvider } from './Announcer';
import { UndoProvider, useOfferUndo } from './Undo';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources, lng: 'da', defaultNS: 'common' });
  // The shortcut listener also listens for the Electron menu's pushes; no host here.
  vi.stubGlobal('EventSource', class { onmessage = null; close() {} });
});
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Screen({ onUndo }: { onUndo(): void }) {
  useShortcutKeys();
  const offer = useOfferUndo();
  return (
    <>
      <button type="button" onClick={() => offer('Aftalen »Hente Clara« er slettet', async () => onUndo())}>
        Slet
      </button>
      <input aria-label="Noter" />
    </>
  );
}

function setUp() {
  const onUndo = vi.fn();
  render(
    <AnnouncerProvider>
      <UndoProvider>
        <Screen onUndo={onUndo} />
      </UndoProvider>
    </AnnouncerProvider>,
  );
  fireEvent.click(screen.getByText('Slet'));
  return onUndo;
}

const offered = () => screen.queryByRole('button', { name: 'Fortryd' });
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('the undo offer', () => {
  it('stays at least 10 seconds, then goes', () => {
    setUp();
    expect(screen.getByText('Aftalen »Hente Clara« er slettet')).toBeTruthy();
    wait(10_000);
    expect(offered()).not.toBeNull();
    wait(UNDO_OFFER_MS - 10_000);
    expect(offered()).toBeNull();
  });

  it('waits while the pointer is on it, and counts on when it leaves', () => {
    setUp();
    wait(5_000);
    fireEvent.pointerEnter(offered()!.closest('.undo-toast')!);
    wait(60_000);
    expect(offered()).not.toBeNull();
    fireEvent.pointerLeave(offered()!.closest('.undo-toast')!);
    wait(UNDO_OFFER_MS - 5_000 - 100);
    expect(offered()).not.toBeNull();
    wait(200);
    expect(offered()).toBeNull();
  });

  it('Ctrl+Z takes the delete back outside a text field, never inside one', async () => {
    const onUndo = setUp();
    fireEvent.keyDown(screen.getByLabelText('Noter'), { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(onUndo).not.toHaveBeenCalled();
    await act(async () => void fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true }));
    expect(onUndo).toHaveBeenCalledOnce();
    expect(offered()).toBeNull();
  });
});
