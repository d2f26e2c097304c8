import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/contract/meetings';
import { hasPresenterView } from '../../../shared/domain/meetingTemplates';
import { stepPhase, type Attendance, type PresenterMode } from '../../../shared/domain/meetings';
import { formatDateTime } from '../../../shared/domain/dates';
import { KredsError } from '../../../shared/errors';
import { api } from '../../api';
import { Link, navigate } from '../../app/router';
import { useShortcut } from '../../app/shortcuts';
import { ShortcutsOverlay } from '../../app/ShortcutsOverlay';
import { useAnnounce } from '../../ui/Announcer';
import { Badge, ErrorMessage } from '../../ui/Page';
import { PhonePanel } from '../phones/PhonePanel';
import { AttendancePanel } from './AttendancePanel';
import { NotesArea } from './NotesArea';
import { phasePanels } from './phasePanels';
import { PhaseList } from './PhaseList';
import { PhaseTimer } from './PhaseTimer';
import { openPresenter } from './presenterWindow';
import { QuestionCard } from './QuestionCard';
import { setSaveState } from './saveStatus';
import { StartMeetingButton } from './StartMeetingButton';
import { useMeeting } from './useMeeting';
import { usePhaseFocus } from './usePhaseFocus';
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
  const [error, setError] = useState<string | null>(null);
  // A held meeting keeps its last phase on the host; reading back through it is local to this window.
  const [viewedId, setViewedId] = useState<string | null>(null);
  const focusNotes = useRef<(() => void) | null>(null);
  // The facilitator's own open/closed choice for the attendance strip, for the phase it was made in.
  const [attendanceChoice, setAttendanceChoice] = useState<{ phaseId: string; open: boolean } | null>(null);
  // The phase asked for but not yet confirmed by the host: shown at once, and quick repeated presses step from it.
  const [requestedId, setRequestedId] = useState<string | null>(null);
  const running = m.status === 'running';
  const currentId = running ? (requestedId ?? m.currentPhaseId) : (viewedId ?? m.currentPhaseId ?? m.phases[0]?.id ?? null);
  const phase = m.phases.find((p) => p.id === currentId) ?? m.phases[0];
  const presenter = hasPresenterView(m.type);
  const phaseHeading = useRef<HTMLHeadingElement>(null);
  const rememberFocus = usePhaseFocus(phase?.id, phaseHeading, focusNotes);

  const attempt = async (action: () => Promise<unknown>) => {
    try {
      setError(null);
      await action();
    } catch (e) {
      setError(e instanceof KredsError ? e.message : String(e));
    }
  };
  useEffect(() => {
    if (requestedId && requestedId === m.currentPhaseId) setRequestedId(null);
  }, [requestedId, m.currentPhaseId]);
  const goTo = (phaseId: string) => {
    rememberFocus();
    if (!running) return setViewedId(phaseId);
    setRequestedId(phaseId);
    setError(null);
    api['meetings.goToPhase']({ meetingId: m.id, phaseId }).catch((e: unknown) => {
      setRequestedId(null);
      setError(e instanceof KredsError ? e.message : String(e));
    });
  };
  const step = (delta: 1 | -1) => {
    const index = stepPhase(m.phases.findIndex((p) => p.id === phase?.id), delta, m.phases.length);
    const target = m.phases[index];
    if (target && target.id !== phase?.id) void goTo(target.id);
  };
  // The mode last asked for: pressing B twice quickly toggles from it, not from a screen state the host has not yet confirmed.
  const modeAsked = useRef(m.presenterMode);
  useEffect(() => {
    modeAsked.current = m.presenterMode;
  }, [m.presenterMode]);
  const setMode = (mode: PresenterMode) => {
    const next = modeAsked.current === mode ? 'live' : mode;
    modeAsked.current = next;
    void attempt(() => api['meetings.setPresenterMode']({ meetingId: m.id, mode: next }));
    announce(t(`presenter.announce.${next}`));
  };
  // The timer state last asked for in this phase: a second Alt+T before the host has answered the first one toggles
  // from it (start, then pause), instead of asking for the same change twice. Dropped once the host shows it.
  const timerAsked = useRef<{ phaseId: string; running: boolean } | null>(null);
  const phaseRunning = !!phase?.runningSince;
  useEffect(() => {
    const asked = timerAsked.current;
    if (asked && (asked.phaseId !== phase?.id || asked.running === phaseRunning)) timerAsked.current = null;
  }, [phase?.id, phaseRunning]);
  const toggleTimer = () => {
    if (!phase) return;
    const asked = timerAsked.current?.phaseId === phase.id ? timerAsked.current.running : !!phase.runningSince;
    timerAsked.current = { phaseId: phase.id, running: !asked };
    return attempt(() =>
      api['meetings.setTimer']({ meetingId: m.id, running: !asked }).catch((e: unknown) => {
        timerAsked.current = null;
        throw e;
      }),
    );
  };

  // The keys live in shared/shortcuts.ts (the ? overlay and the Electron menu list the same ones).
  useShortcut('meeting.next', () => step(1));
  useShortcut('meeting.previous', () => step(-1));
  useShortcut('meeting.timer', () => void toggleTimer());
  useShortcut('meeting.notes', () => focusNotes.current?.());
  useShortcut('meeting.blackout', () => setMode('blackout'), presenter && running);
  useShortcut('meeting.freeze', () => setMode('freeze'), presenter && running);
  useShortcut('meeting.presenter', () => openPresenter(m.id), presenter);
  useLeaveNoteWithEscape();

  const addTaskDraft = (text: string) =>
    attempt(async () => {
      await api['meetings.addTaskDraft']({ meetingId: m.id, phaseId: phase?.id ?? null, text });
      announce(t('notes.taskDraftSaved', { text }));
    });
  const setAttendance = (participantId: string, status: Attendance) => attempt(() => api['meetings.setAttendance']({ meetingId: m.id, participantId, status }));
  const registered = phase ? phasePanels[phase.kind] : undefined;
  const Panel = registered?.Console;
  // Check-in is the welcome's work; after it the attendance folds to one line unless the facilitator opens it.
  const attendanceOpen = attendanceChoice && attendanceChoice.phaseId === phase?.id ? attendanceChoice.open : phase?.kind === 'welcome';
  const notes = phase && (
    <NotesArea key={phase.id} meeting={m} phase={phase} onSaveState={setSaveState} onTaskDraft={(text) => void addTaskDraft(text)} focusRef={focusNotes} />
  );

  return (
    <div className="console">
      <header className="console__header">
        <div className="console__title">
          <p className="console__context">
            <Link to={`/cases/${m.caseId}`} className="console__back">
              ← {m.childName}
            </Link>{' '}
            <span className="muted">· {formatDateTime(m.startsAt)}</span>
          </p>
          <h1>{t(`type.${m.type}`)}</h1>
        </div>
        <div className="console__tools">
          {presenter && running && <PresenterControls mode={m.presenterMode} onOpen={() => openPresenter(m.id)} onMode={setMode} />}
          {running && (
            <button type="button" className="button button--small button--primary" onClick={() => navigate(`/meetings/${m.id}/summary`)}>
              {t('console.end')}
            </button>
          )}
        </div>
      </header>
      {m.status === 'held' && <p className="notice">{t('console.heldNotice')}</p>}
      {m.status === 'planned' && (
        <div className="notice console__planned">
          <p>{t('console.plannedNotice')}</p>
          <StartMeetingButton meeting={m} />
        </div>
      )}
      {!presenter && <p className="notice notice--info">{t('console.noPresenter')}</p>}
      {error && (
        <div className="error-box" role="alert">
          <p>{error}</p>
        </div>
      )}
      <AttendancePanel
        attendance={m.attendance}
        onSet={(pid, status) => void setAttendance(pid, status)}
        expanded={attendanceOpen}
        onToggle={() => phase && setAttendanceChoice({ phaseId: phase.id, open: !attendanceOpen })}
      />
      <div className="console__body">
        <div className="console__side">
          <PhaseList phases={m.phases} currentId={phase?.id ?? null} onSelect={goTo} />
          <TaskDraftList drafts={m.taskDrafts} />
          {presenter && running && <PhonePanel meeting={m} />}
          <ShortcutsOverlay label={t('shortcuts.button')} className="button button--small console__shortcuts" first="meeting" />
        </div>
        {phase && (
          <main className="console__phase" id="main" tabIndex={-1}>
            <div className="console__phase-head">
              <h2 className="console__phase-title" ref={phaseHeading} tabIndex={-1}>{phase.title}</h2>
              <PhaseTimer phase={phase} onToggle={() => void toggleTimer()} disabled={!running} />
            </div>
            <QuestionCard phase={phase} sharedScreen={presenter} onSelect={(index) => void attempt(() => api['meetings.setQuestion']({ meetingId: m.id, phaseId: phase.id, index }))} />
            {/* The phase's main input comes first: a panel the facilitator works in goes above the notes; one that is
                only to look at (the network map while people introduce themselves) goes beside or below them. */}
            {Panel && registered?.consoleRole === 'reference' ? (
              <div className="console__pair">
                <div className="console__notes">{notes}</div>
                <Panel meeting={m} caseId={m.caseId} />
              </div>
            ) : (
              <>
                {Panel && <Panel meeting={m} caseId={m.caseId} />}
                {notes}
              </>
            )}
          </main>
        )}
      </div>
    </div>
  );
}

/** Draft agreements marked in the notes (»Gør til aftale«); they become agreements in Mål og aftaler. */
function TaskDraftList({ drafts }: { drafts: MeetingDetail['taskDrafts'] }) {
  const { t } = useTranslation('meetings');
  return (
    <section className="task-drafts" aria-labelledby="drafts-title">
      <h2 id="drafts-title">
        {t('drafts.title')} {drafts.length > 0 && <span className="muted small">({drafts.length})</span>}
      </h2>
      {drafts.length === 0 ? (
        <p className="muted small">{t('drafts.empty')}</p>
      ) : (
        <ul>
          {drafts.map((d) => (
            <li key={d.id}>{d.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Esc leaves the note (the focus goes to the phase), so the single keys (B, F, N) work again. */
function useLeaveNoteWithEscape() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || !target?.isContentEditable) return;
      target.blur();
      document.getElementById('main')?.focus();
    };
    // Capture: the editor would otherwise keep the key (it closes its @-list with Esc, and leaving closes it too).
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

function PresenterControls({ mode, onOpen, onMode }: { mode: PresenterMode; onOpen(): void; onMode(mode: PresenterMode): void }) {
  const { t } = useTranslation('meetings');
  return (
    <span className="presenter-controls" role="group" aria-label={t('presenter.controls')}>
      <button type="button" className="button button--small" onClick={onOpen} aria-keyshortcuts="Alt+S">
        {t('presenter.open')}
      </button>
      <button type="button" className="button button--small" aria-pressed={mode === 'blackout'} onClick={() => onMode('blackout')} aria-keyshortcuts="B">
        {t('presenter.blackout')}
      </button>
      <button type="button" className="button button--small" aria-pressed={mode === 'freeze'} onClick={() => onMode('freeze')} aria-keyshortcuts="F">
        {t('presenter.freeze')}
      </button>
      {mode !== 'live' && <Badge tone="warning">{t(`presenter.state.${mode}`)}</Badge>}
    </span>
  );
}
