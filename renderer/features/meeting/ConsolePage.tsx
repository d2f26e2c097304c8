import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/contract/meetings';
import { hasPresenterView } from '../../../shared/domain/meetingTemplates';
import { stepPhase, type Attendance, type PresenterMode } from '../../../shared/domain/meetings';
import { formatDateTime } from '../../../shared/domain/dates';
import { KredsError } from '../../../shared/errors';
import { api } from '../../api';
import { Link, navigate } from '../../app/router';
import { useAnnounce } from '../../ui/Announcer';
import { Badge, ErrorMessage } from '../../ui/Page';
import { AttendancePanel } from './AttendancePanel';
import { NotesArea } from './NotesArea';
import type { SaveState } from './NoteEditor';
import { phasePanels } from './phasePanels';
import { PhaseList } from './PhaseList';
import { PhaseTimer } from './PhaseTimer';
import { openPresenter } from './presenterWindow';
import { QuestionCard } from './QuestionCard';
import { ShortcutHelp } from './ShortcutHelp';
import { shortcutFor, type ShortcutAction } from './shortcuts';
import { useMeeting } from './useMeeting';
import './meeting.css';

/** The facilitator's console: phases, the current question, timer, check-in and notes. Keyboard first. */
export function ConsolePage({ id }: { id: string }) {
  const { t } = useTranslation('meetings');
  const loaded = useMeeting(id);
  const m = loaded.data;
  if (loaded.error && !m) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!m) return <p className="muted">{t('common:status.loading')}</p>;
  return <Console meeting={m} />;
}

function Console({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const announce = useAnnounce();
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [help, setHelp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A held meeting keeps its last phase on the host; reading back through it is local to this window.
  const [viewedId, setViewedId] = useState<string | null>(null);
  const focusNotes = useRef<(() => void) | null>(null);
  const running = m.status === 'running';
  const currentId = running ? m.currentPhaseId : (viewedId ?? m.currentPhaseId ?? m.phases[0]?.id ?? null);
  const phase = m.phases.find((p) => p.id === currentId) ?? m.phases[0];
  const presenter = hasPresenterView(m.type);

  const attempt = async (action: () => Promise<unknown>) => {
    try {
      setError(null);
      await action();
    } catch (e) {
      setError(e instanceof KredsError ? e.message : String(e));
    }
  };
  const goTo = (phaseId: string) => (running ? attempt(() => api['meetings.goToPhase']({ meetingId: m.id, phaseId })) : setViewedId(phaseId));
  const step = (delta: 1 | -1) => {
    const index = stepPhase(m.phases.findIndex((p) => p.id === phase?.id), delta, m.phases.length);
    const target = m.phases[index];
    if (target && target.id !== phase?.id) void goTo(target.id);
  };
  const setMode = (mode: PresenterMode) => {
    void attempt(() => api['meetings.setPresenterMode']({ meetingId: m.id, mode: m.presenterMode === mode ? 'live' : mode }));
    announce(t(`presenter.announce.${m.presenterMode === mode ? 'live' : mode}`));
  };
  const toggleTimer = () => phase && attempt(() => api['meetings.setTimer']({ meetingId: m.id, running: !phase.runningSince }));

  const actions: Record<ShortcutAction, () => void> = {
    next: () => step(1),
    previous: () => step(-1),
    timer: () => void toggleTimer(),
    blackout: () => presenter && setMode('blackout'),
    freeze: () => presenter && setMode('freeze'),
    notes: () => focusNotes.current?.(),
    presenter: () => presenter && openPresenter(m.id),
    help: () => setHelp((h) => !h),
  };
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]') && event.key !== '?') return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      actionsRef.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const addTaskDraft = (text: string) =>
    attempt(async () => {
      await api['meetings.addTaskDraft']({ meetingId: m.id, phaseId: phase?.id ?? null, text });
      announce(t('notes.taskDraftSaved', { text }));
    });
  const setAttendance = (participantId: string, status: Attendance) => attempt(() => api['meetings.setAttendance']({ meetingId: m.id, participantId, status }));
  const Panel = phase ? phasePanels[phase.kind]?.Console : undefined;

  return (
    <div className="console">
      <header className="console__header">
        <div>
          <Link to={`/cases/${m.caseId}`} className="console__back">
            ← {m.childName}
          </Link>
          <h1>
            {t(`type.${m.type}`)} <span className="muted console__when">{formatDateTime(m.startsAt)}</span>
          </h1>
        </div>
        <div className="console__tools">
          <span className={`save-state save-state--${saveState}`} role="status">
            {t(`save.${saveState}`)}
          </span>
          {presenter && <PresenterControls mode={m.presenterMode} onOpen={() => openPresenter(m.id)} onMode={setMode} />}
          <button type="button" className="button" onClick={() => setHelp(true)} aria-keyshortcuts="?">
            {t('shortcuts.button')}
          </button>
          {running && (
            <button type="button" className="button button--primary" onClick={() => navigate(`/meetings/${m.id}/summary`)}>
              {t('console.end')}
            </button>
          )}
        </div>
      </header>
      {m.status === 'held' && <p className="notice">{t('console.heldNotice')}</p>}
      {!presenter && <p className="notice notice--info">{t('console.noPresenter')}</p>}
      {error && (
        <div className="error-box" role="alert">
          <p>{error}</p>
        </div>
      )}
      <div className="console__body">
        <PhaseList phases={m.phases} currentId={phase?.id ?? null} onSelect={(pid) => void goTo(pid)} />
        {phase && (
          <main className="console__phase" id="main" tabIndex={-1}>
            <div className="console__phase-head">
              <h2 className="console__phase-title">{phase.title}</h2>
              <PhaseTimer phase={phase} onToggle={() => void toggleTimer()} disabled={!running} />
            </div>
            <QuestionCard phase={phase} onSelect={(index) => void attempt(() => api['meetings.setQuestion']({ meetingId: m.id, phaseId: phase.id, index }))} />
            {Panel && <Panel meeting={m} caseId={m.caseId} />}
            <NotesArea key={phase.id} meeting={m} phase={phase} onSaveState={setSaveState} onTaskDraft={(text) => void addTaskDraft(text)} focusRef={focusNotes} />
          </main>
        )}
        <aside className="console__side">
          <AttendancePanel attendance={m.attendance} onSet={(pid, status) => void setAttendance(pid, status)} />
          <section className="task-drafts" aria-labelledby="drafts-title">
            <h2 id="drafts-title">{t('drafts.title')}</h2>
            {m.taskDrafts.length === 0 ? (
              <p className="muted small">{t('drafts.empty')}</p>
            ) : (
              <ul>
                {m.taskDrafts.map((d) => (
                  <li key={d.id}>{d.text}</li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}

function PresenterControls({ mode, onOpen, onMode }: { mode: PresenterMode; onOpen(): void; onMode(mode: PresenterMode): void }) {
  const { t } = useTranslation('meetings');
  return (
    <span className="presenter-controls" role="group" aria-label={t('presenter.controls')}>
      <button type="button" className="button" onClick={onOpen} aria-keyshortcuts="Alt+P">
        {t('presenter.open')}
      </button>
      <button type="button" className="button" aria-pressed={mode === 'blackout'} onClick={() => onMode('blackout')} aria-keyshortcuts="B">
        {t('presenter.blackout')}
      </button>
      <button type="button" className="button" aria-pressed={mode === 'freeze'} onClick={() => onMode('freeze')} aria-keyshortcuts="F">
        {t('presenter.freeze')}
      </button>
      {mode !== 'live' && <Badge tone="warning">{t(`presenter.state.${mode}`)}</Badge>}
    </span>
  );
}
