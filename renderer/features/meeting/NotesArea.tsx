import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail, PhaseDetail } from '../../../shared/contract/meetings';
import { Badge } from '../../ui/Page';
import type { MentionItem } from './mentionMenu';
import type { SaveState } from './NoteEditor';
import { useSaveState } from './saveStatus';

// tiptap is the heaviest part of the meeting screen: loaded when the first note opens, not with the app.
const NoteEditor = lazy(() => import('./NoteEditor'));

interface NotesAreaProps {
  meeting: MeetingDetail;
  phase: PhaseDetail;
  onSaveState(state: SaveState): void;
  onTaskDraft(text: string): void;
  focusRef: { current: (() => void) | null };
}

/** The phase's shared note (may reach the shared screen) and the facilitator's fortrolige note (never does). */
export function NotesArea({ meeting, phase, onSaveState, onTaskDraft, focusRef }: NotesAreaProps) {
  const { t } = useTranslation('meetings');
  const [showConfidential, setShowConfidential] = useState(() => meeting.notes.some((n) => n.kind === 'confidential' && n.phaseId === phase.id && n.text));
  const people: MentionItem[] = meeting.attendance.map((a) => ({ id: a.participantId, label: a.name }));
  const note = (kind: 'shared' | 'confidential') => meeting.notes.find((n) => n.phaseId === phase.id && n.kind === kind);
  const common = { meetingId: meeting.id, phaseId: phase.id, people, onSaveState, onTaskDraft };
  return (
    <Suspense fallback={<p className="muted">{t('common:status.loading')}</p>}>
      <section className="notes" aria-labelledby="notes-title">
        {/* The save state sits where the typing is, which also leaves the console's header one line on a laptop. */}
        <div className="notes__head">
          <h2 id="notes-title">
            {t('notes.title')} <span className="muted small">{t('notes.sharedHint')}</span>
          </h2>
          <SaveStatus />
        </div>
        <NoteEditor key={`${phase.id}-shared`} {...common} kind="shared" label={t('notes.sharedLabel', { phase: phase.title })} placeholder={t('notes.placeholder')} note={note('shared')} focusRef={focusRef} />
      </section>
      <section className="notes notes--confidential" aria-labelledby="confidential-title">
        <h2 id="confidential-title">
          <Badge tone="warning">{t('notes.confidentialBadge')}</Badge> {t('notes.confidentialTitle')}
        </h2>
        <p className="muted small">{t('notes.confidentialHint')}</p>
        {showConfidential ? (
          <NoteEditor key={`${phase.id}-confidential`} {...common} kind="confidential" label={t('notes.confidentialLabel', { phase: phase.title })} placeholder={t('notes.confidentialPlaceholder')} note={note('confidential')} />
        ) : (
          <button type="button" className="button button--small" onClick={() => setShowConfidential(true)}>
            {t('notes.openConfidential')}
          </button>
        )}
      </section>
    </Suspense>
  );
}

function SaveStatus() {
  const { t } = useTranslation('meetings');
  const saveState = useSaveState();
  return (
    <span className={`save-state save-state--${saveState}`} role="status">
      {t(`save.${saveState}`)}
    </span>
  );
}
