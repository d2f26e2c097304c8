import type { Migration } from '../migrate';

/**
 * Indexes for municipal scale (issue 10). Every foreign key that had none gets one: without it, SQLite scans the
 * whole child table for each check. On the 20,000-meeting bench data set the participants list (which asks
 * whether each person is referred to anywhere, so it can offer "slet" or only "arkivér") scanned attendance, map
 * items and scaling scores on every call: 48 of 97 seconds of writing 2,000 meetings went there. Deletes that
 * cascade or set null (deleting a case, a goal, a meeting) scan the same way without them.
 */
const FOREIGN_KEYS: [table: string, column: string][] = [
  ['meeting_attendance', 'participant_id'],
  ['map_items', 'said_by'],
  ['scaling_scores', 'participant_id'],
  ['contact_person_history', 'participant_id'],
  ['meeting_notes', 'phase_id'],
  ['meeting_task_drafts', 'phase_id'],
  ['followups', 'planned_meeting_id'],
  ['map_starts', 'previous_meeting_id'],
  ['map_items', 'paired_goal_id'],
  ['goals', 'parent_id'],
  ['goal_progress', 'meeting_id'],
  ['agreements', 'carried_from_id'],
  ['agreements', 'goal_id'],
];

export const m010ScaleIndexes: Migration = {
  version: 10,
  name: 'scale-indexes',
  up(db) {
    for (const [table, column] of FOREIGN_KEYS) db.exec(`CREATE INDEX IF NOT EXISTS ${table}_by_${column} ON ${table} (${column})`);
  },
};
