import type { SinceLast } from '../../shared/contract/map';
import { diffMaps, mapLabels } from '../../shared/domain/map';
import { scoreChanges } from '../../shared/domain/scaling';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';
import { mapItems } from './mapItems';
import { caseWording, ensureMapStarted } from './mapStart';
import { readMapSettings } from './mapSettings';

type SeriesScore = { seriesId: string; participantId: string; value: number; text: string };

function seriesScores(ctx: ServiceContext, meetingId: string): SeriesScore[] {
  return prepared(
    ctx.db,
    `SELECT q.series_id AS seriesId, q.text, s.participant_id AS participantId, s.value
     FROM scaling_scores s JOIN scaling_questions q ON q.id = s.question_id WHERE q.meeting_id = ? ORDER BY q.position`,
  ).all(meetingId) as SeriesScore[];
}

/** "Siden sidst": what was added, removed or changed on the map, and whose numbers moved, since the meeting before. */
export function sinceLast(ctx: ServiceContext, meetingId: string): SinceLast {
  const meeting = ensureMapStarted(ctx, meetingId);
  const previousId = meeting.previousMeetingId;
  const previous = previousId
    ? (prepared(ctx.db, 'SELECT id AS meetingId, starts_at AS startsAt FROM meetings WHERE id = ?').get(previousId) as { meetingId: string; startsAt: string })
    : null;
  const diff = diffMaps(previousId ? mapItems(ctx, previousId) : [], mapItems(ctx, meetingId));
  const before = previousId ? seriesScores(ctx, previousId) : [];
  const after = seriesScores(ctx, meetingId);
  const questionText = new Map([...before, ...after].map((s) => [s.seriesId, s.text]));
  const people = Object.fromEntries(
    (prepared(ctx.db, 'SELECT a.participant_id AS id, a.name FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.case_id = ?')
      .all(meeting.caseId) as { id: string; name: string }[]).map((p) => [p.id, p.name]),
  );
  return {
    previous,
    labels: mapLabels(caseWording(ctx, meeting.caseId), readMapSettings(ctx).labels),
    ...diff,
    scores: previous
      ? scoreChanges(before, after).map((c) => ({ question: questionText.get(c.seriesId) ?? '', name: people[c.participantId] ?? 'Ukendt deltager', before: c.before, after: c.after }))
          .sort((a, b) => a.question.localeCompare(b.question) || a.name.localeCompare(b.name, 'da'))
      : [],
    people,
  };
}
