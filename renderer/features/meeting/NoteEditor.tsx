import Mention from '@tiptap/extension-mention';
import Placeholder from '@tiptap/extension-placeholder';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingNote } from '../../../shared/contract/meetings';
import type { NoteKind } from '../../../shared/domain/meetings';
import { api } from '../../api';
import { useShortcut } from '../../app/shortcuts';
import { mentionSuggestion, type MentionItem } from './mentionMenu';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface NoteEditorProps {
  meetingId: string;
  phaseId: string;
  kind: NoteKind;
  label: string;
  placeholder: string;
  /** The note as stored; a newer revision from another window replaces the text when nothing here is unsaved. */
  note: MeetingNote | undefined;
  people: MentionItem[];
  onSaveState(state: SaveState): void;
  onTaskDraft(text: string): void;
  /** Lets the console focus this editor from a shortcut. */
  focusRef?: { current: (() => void) | null };
}

/**
 * Within a second of each keystroke: a short pause in typing saves, and a long run of typing saves at least every
 * 600 ms, plus at most IDLE_WAIT_MS for a quiet moment. Turning a 20-page note into JSON and text takes several
 * milliseconds; run from a plain timer it often landed just before a keystroke and delayed it (the bench's
 * keystroke p95), so the save waits for the browser's idle time between keystrokes.
 */
const SAVE_AFTER_PAUSE_MS = 300;
const SAVE_AT_LEAST_EVERY_MS = 600;
const IDLE_WAIT_MS = 300;
/** Enough idle time left in this gap between frames for the serialisation of a long note. */
const IDLE_BUDGET_MS = 12;
const RETRY_MS = 2000;

/** Runs `work` in an idle period with time to spare, or after `maxWaitMs` at the latest. */
function whenIdle(work: () => void, maxWaitMs: number): void {
  if (typeof window.requestIdleCallback !== 'function') return void window.setTimeout(work, 0);
  const until = performance.now() + maxWaitMs;
  const attempt = (deadline: IdleDeadline) => {
    if (deadline.timeRemaining() >= IDLE_BUDGET_MS || deadline.didTimeout || performance.now() >= until) return work();
    window.requestIdleCallback(attempt, { timeout: Math.max(1, until - performance.now()) });
  };
  window.requestIdleCallback(attempt, { timeout: maxWaitMs });
}

const EMPTY_DOC = { type: 'doc', content: [{ type: 'paragraph' }] };

/** The text of the selection, or of the line (block) the cursor is in when nothing is selected. */
function selectedLine(editor: Editor): string {
  const { from, to, empty, $from } = editor.state.selection;
  if (!empty) return editor.state.doc.textBetween(from, to, '\n').trim();
  return $from.parent.textContent.trim();
}

export default function NoteEditor(props: NoteEditorProps) {
  const { t } = useTranslation('meetings');
  const latest = useRef(props);
  latest.current = props;
  const timers = useRef<{ pause?: number; cap?: number }>({});
  const dirty = useRef(false);
  const knownRevision = useRef(props.note?.revision ?? 0);

  const save = async (editor: Editor) => {
    window.clearTimeout(timers.current.pause);
    window.clearTimeout(timers.current.cap);
    timers.current = {};
    if (!dirty.current) return;
    dirty.current = false;
    const p = latest.current;
    p.onSaveState('saving');
    try {
      const saved = await api['meetings.saveNote']({
        meetingId: p.meetingId,
        phaseId: p.phaseId,
        kind: p.kind,
        doc: editor.getJSON() as { type: 'doc' },
      });
      knownRevision.current = Math.max(knownRevision.current, saved.revision);
      if (!dirty.current) p.onSaveState('saved');
    } catch {
      // The text stays in the editor; keep trying until the host answers again.
      dirty.current = true;
      p.onSaveState('failed');
      timers.current.pause = window.setTimeout(() => void save(editor), RETRY_MS);
    }
  };

  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3] }, code: false, codeBlock: false, link: false }),
      Placeholder.configure({ placeholder: props.placeholder }),
      Mention.configure({
        HTMLAttributes: { class: 'mention' },
        suggestion: mentionSuggestion(() => latest.current.people),
      }),
    ],
    content: (props.note?.doc as object | undefined) ?? EMPTY_DOC,
    editorProps: { attributes: { 'aria-label': props.label, 'aria-multiline': 'true', role: 'textbox', class: 'note-editor__content' } },
    onUpdate: ({ editor: e }) => {
      dirty.current = true;
      latest.current.onSaveState('pending');
      window.clearTimeout(timers.current.pause);
      timers.current.pause = window.setTimeout(() => whenIdle(() => void save(e), IDLE_WAIT_MS), SAVE_AFTER_PAUSE_MS);
      timers.current.cap ??= window.setTimeout(() => whenIdle(() => void save(e), IDLE_WAIT_MS), SAVE_AT_LEAST_EVERY_MS);
    },
    onBlur: ({ editor: e }) => void save(e),
  });

  // Another window saved this note later: it wins for this field, unless this window has unsaved typing (then ours is later).
  useEffect(() => {
    const note = props.note;
    if (!editor || !note || note.revision <= knownRevision.current || dirty.current) return;
    knownRevision.current = note.revision;
    const { from, to } = editor.state.selection;
    editor.commands.setContent(note.doc as object, { emitUpdate: false });
    const max = editor.state.doc.content.size;
    editor.commands.setTextSelection({ from: Math.min(from, max), to: Math.min(to, max) });
  }, [editor, props.note]);

  useEffect(() => {
    // The DOM focus is moved at once (tiptap's focus command waits a frame): letters typed right after N land in the note.
    if (props.focusRef)
      props.focusRef.current = () => {
        editor?.view.dom.focus();
        editor?.commands.focus();
      };
  }, [editor, props.focusRef]);

  // Alt+A (shared/shortcuts.ts) does what the »Gør til aftale« button does, without leaving the note.
  useShortcut(
    'meeting.makeAgreement',
    () => {
      const line = editor && selectedLine(editor);
      if (line) props.onTaskDraft(line);
    },
    props.kind === 'shared',
  );

  // Leaving the phase or the page saves what is pending.
  useEffect(() => () => void (editor && save(editor)), [editor]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!editor) return null;
  const makeTask = () => {
    const line = selectedLine(editor);
    if (line) props.onTaskDraft(line);
  };
  return (
    <div className={`note-editor note-editor--${props.kind}`}>
      <div className="note-editor__toolbar" role="toolbar" aria-label={t('notes.toolbar')}>
        <ToolButton label={t('notes.heading')} active={editor.isActive('heading')} onClick={() => editor.chain().focus().toggleHeading({ level: 2 }).run()}>
          H
        </ToolButton>
        <ToolButton label={t('notes.bold')} active={editor.isActive('bold')} onClick={() => editor.chain().focus().toggleBold().run()}>
          <b>F</b>
        </ToolButton>
        <ToolButton label={t('notes.bulletList')} active={editor.isActive('bulletList')} onClick={() => editor.chain().focus().toggleBulletList().run()}>
          •
        </ToolButton>
        <ToolButton label={t('notes.orderedList')} active={editor.isActive('orderedList')} onClick={() => editor.chain().focus().toggleOrderedList().run()}>
          1.
        </ToolButton>
        {props.kind === 'shared' && (
          <button type="button" className="button button--small note-editor__task" aria-keyshortcuts="Alt+A" onMouseDown={(e) => e.preventDefault()} onClick={makeTask}>
            {t('notes.makeTask')}
          </button>
        )}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}

function ToolButton({ label, active, onClick, children }: { label: string; active: boolean; onClick(): void; children: React.ReactNode }) {
  return (
    <button type="button" className="tool-button" aria-label={label} title={label} aria-pressed={active} onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {children}
    </button>
  );
}
