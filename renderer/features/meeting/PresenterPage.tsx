import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import type { PresenterMode } from '../../../shared/domain/meetings';
import { api } from '../../api';
import { useThemeOverride } from '../../app/settings';
import { useLoad } from '../../app/useLoad';
import { useShortcut } from '../../app/shortcuts';
import { SharedContent } from '../sharedScreen/SharedContent';
import { SharedScreenFrame, SharedScreenMessage } from '../sharedScreen/SharedScreenFrame';
import { DANISH } from '../sharedScreen/danish';
import { PhoneJoinCard } from '../sharedScreen/PhoneJoinCard';
import { usePresenterView } from './useMeeting';

/**
 * The meeting's shared screen (projector/TV). It only ever receives the host's shared-screen answer, which holds no
 * fortrolig note, no timer, no draft and no attendance record, in the family's words. It follows the facilitator live
 * and fits the screen it is on (renderer/ui/fit/); B and F work here too, like in PowerPoint.
 */
export function PresenterPage({ id }: { id: string }) {
  const { t } = useTranslation('sharedScreen', DANISH);
  const loaded = usePresenterView(id);
  const view = loaded.data;
  const joinLoaded = useLoad(() => api['phones.sharedJoin']({ meetingId: id }), [id], (e) => e.type === 'phones.changed' && e.id === id);
  useThemeOverride('projector');

  useEffect(() => {
    document.title = t('windowTitle');
  }, [t]);
  // The same keys as in the console (shared/shortcuts.ts): B or . blacks out, F freezes, like in PowerPoint.
  const toggle = (mode: PresenterMode) => view && void api['meetings.setPresenterMode']({ meetingId: id, mode: view.mode === mode ? 'live' : mode });
  useShortcut('meeting.blackout', () => toggle('blackout'));
  useShortcut('meeting.freeze', () => toggle('freeze'));

  if (!view) return <div className="ss-blank" aria-busy={loaded.loading} />;
  if (view.mode === 'blackout') return <div className="ss-blackout" role="img" aria-label={t('blackedOut')} />;
  // The code to join from a phone shows beside any running screen while the facilitator shows it (not over a blackout).
  const joinInfo = view.status === 'running' ? (joinLoaded.data ?? null) : null;
  const join = joinInfo && <PhoneJoinCard join={joinInfo} />;
  if (!view.available) return <SharedScreenMessage title={view.title} message={t('unavailable')} />;
  if (view.status === 'held') return <SharedScreenMessage title={view.title} message={t('thanks')} />;
  if (!view.phase)
    return (
      <>
        <SharedScreenMessage title={view.title} message={t('welcome', { name: view.childName })} />
        {join}
      </>
    );
  return (
    <>
      <SharedScreenFrame
        contentKey={view}
        layoutKey={joinInfo ? `${view.phase.id}:join` : view.phase.id}
        beside={!!joinInfo}
        title={view.title}
        corner={<span>{t('phaseOf', { n: view.phase.position + 1, count: view.phaseCount })}</span>}
        heading={view.phase.title}
        question={view.phase.question}
        present={view.present}
      >
        <SharedContent content={view.content} note={view.sharedNote} />
      </SharedScreenFrame>
      {join}
    </>
  );
}
