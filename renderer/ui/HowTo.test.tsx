// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '../../shared/i18n';
import { HowTo, HowToTopic } from './HowTo';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources, lng: 'da', defaultNS: 'common' });
});

describe('HowTo', () => {
  it('opens the first time under "Sådan gør du" and remembers when the user folds it away', () => {
    localStorage.clear();
    const first = render(<HowTo id="test">Start med barnets netværk.</HowTo>);
    const details = first.container.querySelector('details')!;
    expect(screen.getByText('Sådan gør du')).toBeTruthy();
    expect(details.open).toBe(true);
    details.open = false;
    fireEvent(details, new Event('toggle'));
    first.unmount();
    const again = render(<HowTo id="test">Start med barnets netværk.</HowTo>);
    expect(again.container.querySelector('details')!.open).toBe(false);
  });

  it('starts folded where the page already guides, and then remembers the user opening it', () => {
    localStorage.clear();
    const first = render(<HowTo id="quiet" initiallyOpen={false}>Metoden i ét afsnit.</HowTo>);
    const details = first.container.querySelector('details')!;
    expect(details.open).toBe(false);
    details.open = true;
    fireEvent(details, new Event('toggle'));
    first.unmount();
    expect(render(<HowTo id="quiet" initiallyOpen={false}>Metoden i ét afsnit.</HowTo>).container.querySelector('details')!.open).toBe(true);
  });

  it('shows the ready-written help for a meeting phase and nothing for an unknown topic', () => {
    const { container } = render(<HowToTopic topic="phase.child_voice" />);
    expect(container.textContent).toContain('Barnet taler først.');
    expect(render(<HowToTopic topic="phase.unknown" />).container.textContent).toBe('');
  });
});
