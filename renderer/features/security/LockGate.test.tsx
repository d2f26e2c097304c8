// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LockStatus } from '../../../shared/contract/security';
import { resources } from '../../../shared/i18n';
import { LockGate } from './LockGate';

afterEach(cleanup);
beforeAll(async () => {
  // The gate listens for lock.changed over the browser host's event stream; no host here.
  (globalThis as { EventSource?: unknown }).EventSource = class {
    close(): void {}
  };
  await i18next.use(initReactI18next).init({ resources, lng: 'da', defaultNS: 'common' });
});

const locked: LockStatus = { configured: true, locked: true, retryAt: null, idleMinutes: 10 };

describe('LockGate', () => {
  it('shows the PIN form, and a window that starts locked has no page in the document until it is unlocked', () => {
    render(
      <LockGate initial={locked} neutral={false}>
        <p>Oliver bor hos mormor</p>
      </LockGate>,
    );
    expect(screen.getByRole('heading', { name: 'Kreds er låst' })).toBeTruthy();
    expect(screen.getByLabelText('PIN-kode eller adgangssætning')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain('Oliver');
  });

  it('shows only a neutral screen on the shared screen: no case text in the DOM, no PIN field', () => {
    render(
      <LockGate initial={locked} neutral>
        <p>Oliver bor hos mormor</p>
      </LockGate>,
    );
    expect(screen.getByRole('main', { name: 'Skærmen er låst' })).toBeTruthy();
    expect(screen.queryByLabelText('PIN-kode eller adgangssætning')).toBeNull();
    expect(document.body.innerHTML).not.toContain('Oliver');
  });

  it('shows the page when not locked', () => {
    render(
      <LockGate initial={{ ...locked, locked: false }} neutral={false}>
        <p>Sagsliste</p>
      </LockGate>,
    );
    expect(screen.getByText('Sagsliste').closest('[hidden]')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Kreds er låst' })).toBeNull();
  });
});
