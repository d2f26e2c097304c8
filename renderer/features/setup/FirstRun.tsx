import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settings';
import { useAnnounce } from '../../ui/Announcer';
import { ErrorMessage } from '../../ui/Page';
import { firstRunSteps } from './steps';
import './setup.css';

/** The short setup on a fresh install (shared/domain/settings.ts firstRunNeeded decides when it shows). */
export function FirstRun() {
  const { t } = useTranslation('setup');
  const { update } = useSettings();
  const announce = useAnnounce();
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Moving to a new step puts the keyboard and the screen reader at its heading; the first step starts at the top.
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [index]);

  const step = firstRunSteps[index]!;
  const next = () => {
    if (index < firstRunSteps.length - 1) {
      setIndex(index + 1);
      return;
    }
    update({ firstRunDone: true }).then(
      () => {
        navigate('/cases');
        announce(t('done'));
      },
      (e: Error) => setError(e.message),
    );
  };
  return (
    <main id="main" className="first-run">
      <div className="first-run__card">
        <div className="first-run__brand" aria-hidden="true">
          <span className="brand-mark" />
          {t('common:appName')}
        </div>
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        <p className="first-run__progress">{t('progress', { step: index + 1, total: firstRunSteps.length })}</p>
        <h2 ref={heading} tabIndex={-1}>
          {t(step.title)}
        </h2>
        {error && <ErrorMessage message={error} />}
        <step.Component key={step.id} next={next} />
        {index > 0 && (
          <button type="button" className="button button--quiet first-run__back" onClick={() => setIndex(index - 1)}>
            {t('back')}
          </button>
        )}
      </div>
    </main>
  );
}
