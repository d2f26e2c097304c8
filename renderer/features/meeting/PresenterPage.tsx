import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenterView } from '../../../shared/contract/meetings';
import type { PresenterMode } from '../../../shared/domain/meetings';
import { api } from '../../api';
import { useThemeOverride } from '../../app/settings';
import { useShortcut } from '../../app/shortcuts';
import { DocView } from './DocView';
import { phasePanels } from './phasePanels';
import { usePresenterView } from './useMeeting';
import './presenter.css';

/**
 * The shared screen (projector/TV). It only ever receives PresenterView from the host, which holds no fortrolig
 * note, no timer and no drafts. It follows the facilitator live; B and F work here too, like in PowerPoint.
 */
export function PresenterPage({ id }: { id: string }) {
  const { t } = useTranslation('meetings');
  const loaded = usePresenterView(id);
  const view = loaded.data;
  useThemeOverride('projector');

  useEffect(() => {
    document.title = t('presenter.windowTitle');
  }, [t]);
  // The same keys as in the console (shared/shortcuts.ts): B or . blacks out, F freezes, like in PowerPoint.
  const toggle = (mode: PresenterMode) => view && void api['meetings.setPresenterMode']({ meetingId: id, mode: view.mode === mode ? 'live' : mode });
  useShortcut('meeting.blackout', () => toggle('blackout'));
  useShortcut('meeting.freeze', () => toggle('freeze'));

  if (!view) return <div className="presenter presenter--blank" aria-busy={loaded.loading} />;
  if (view.mode === 'blackout') return <div className="presenter presenter--blackout" role="img" aria-label={t('presenter.blackedOut')} />;
  return (
    <div className="presenter" lang="da">
      <header className="presenter__top">
        <span>
          {t(`type.${view.type}`)} · {view.childName}
        </span>
        {view.phase && <span>{t('presenter.phaseOf', { n: view.phase.position + 1, count: view.phaseCount })}</span>}
      </header>
      <PresenterBody view={view} />
      {view.present.length > 0 && (
        <footer className="presenter__present" aria-label={t('presenter.presentLabel')}>
          {view.present.map((p, i) => (
            <span key={i} className="presenter__person">
              {p.name}
              {p.byPhone && <span className="presenter__phone"> ({t('attendance.phone').toLowerCase()})</span>}
            </span>
          ))}
        </footer>
      )}
    </div>
  );
}

function PresenterBody({ view }: { view: PresenterView }) {
  const { t } = useTranslation('meetings');
  if (!view.available) return <main className="presenter__center"><h1>{t('presenter.unavailable')}</h1></main>;
  if (view.status === 'held') return <main className="presenter__center"><h1>{t('presenter.thanks')}</h1></main>;
  if (!view.phase) return <main className="presenter__center"><h1>{t('presenter.welcome', { name: view.childName })}</h1></main>;
  const Panel = phasePanels[view.phase.kind]?.Presenter;
  return (
    <main className="presenter__main">
      <h1 className="presenter__title">{view.phase.title}</h1>
      {view.phase.question && <p className="presenter__question">{view.phase.question}</p>}
      {Panel && view.meeting && <Panel meeting={view.meeting} caseId={view.caseId} />}
      <DocView doc={view.sharedNote} className="presenter__note" />
    </main>
  );
}
