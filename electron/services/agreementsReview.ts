import type { Agreement, ReviewItem } from '../../shared/contract/agreements';
import { reviewSummary } from '../../shared/domain/agreementsAudit';
import { isCarryable, STATUS_AFTER_REVIEW, type ReviewOutcome } from '../../shared/domain/agreements';
import { KredsError } from '../../shared/errors';
import { createAgreement, getAgreement, meetingRow, toAgreement, type AgreementRow } from './agreements';
import type { HandlerMap, ServiceContext } from './context';

interface ReviewRow extends AgreementRow {
  agreed_at: string | null;
  outcome: ReviewOutcome | null;
  review_comment: string | null;
  carried: number;
}

/**
 * What an Opfølgningsmøde reviews: every agreement of the previous meeting of the case, plus older ones still open
 * and not yet carried (nothing slips through because one meeting was skipped).
 */
export function reviewItems(ctx: ServiceContext, meetingId: string): ReviewItem[] {
  const meeting = meetingRow(ctx, meetingId);
  const previous = ctx.db
    .prepare(`SELECT id FROM meetings WHERE case_id = ? AND starts_at < ? AND status != 'cancelled' ORDER BY starts_at DESC LIMIT 1`)
    .get(meeting.case_id, meeting.starts_at) as { id: string } | undefined;
  const rows = ctx.db
    .prepare(
      `SELECT a.*, m.starts_at AS agreed_at, r.outcome, r.comment AS review_comment,
         EXISTS (SELECT 1 FROM agreements c WHERE c.carried_from_id = a.id AND c.meeting_id = @meetingId) AS carried
       FROM agreements a
       JOIN meetings m ON m.id = a.meeting_id
       LEFT JOIN agreement_reviews r ON r.agreement_id = a.id AND r.meeting_id = @meetingId
       WHERE a.case_id = @caseId AND m.starts_at < @startsAt
         AND (a.meeting_id = @previousId OR r.outcome IS NOT NULL
              OR (a.status IN ('not_started', 'in_progress') AND a.carried_forward = 0))
       ORDER BY m.starts_at, a.created_at, a.rowid`,
    )
    .all({ meetingId, caseId: meeting.case_id, startsAt: meeting.starts_at, previousId: previous?.id ?? null }) as ReviewRow[];
  return rows.map((row) => ({
    agreement: toAgreement(row),
    agreedAt: row.agreed_at,
    review: row.outcome ? { outcome: row.outcome, comment: row.review_comment ?? '' } : null,
    carried: row.carried === 1,
  }));
}

function setReview(ctx: ServiceContext, input: { meetingId: string; agreementId: string; outcome: ReviewOutcome; comment: string }): ReviewItem {
  const agreement = getAgreement(ctx, input.agreementId);
  if (!reviewItems(ctx, input.meetingId).some((item) => item.agreement.id === agreement.id)) {
    throw new KredsError('invalid_input', 'Aftalen hører ikke til dette mødes opfølgning');
  }
  const earlier = reviewItems(ctx, input.meetingId).find((item) => item.agreement.id === agreement.id)!.review;
  const now = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO agreement_reviews (agreement_id, meeting_id, outcome, comment, reviewed_at) VALUES (@agreementId, @meetingId, @outcome, @comment, @now)
       ON CONFLICT (agreement_id, meeting_id) DO UPDATE SET outcome = excluded.outcome, comment = excluded.comment, reviewed_at = excluded.reviewed_at`,
    )
    .run({ ...input, now });
  ctx.db
    .prepare('UPDATE agreements SET status = ?, updated_at = ? WHERE id = ?')
    .run(STATUS_AFTER_REVIEW[input.outcome], now, agreement.id);
  ctx.emit({ type: 'agreements.changed', id: agreement.caseId, origin: ctx.origin });
  const before = { outcome: earlier?.outcome ?? null, status: agreement.status, comment: earlier?.comment ?? '' };
  const after = { outcome: input.outcome, status: STATUS_AFTER_REVIEW[input.outcome], comment: input.comment };
  const summary = reviewSummary(agreement.what, before, after);
  ctx.audit?.({ action: 'update', entity: 'agreement_review', entityId: agreement.id, caseId: agreement.caseId, before, after, summary });
  return reviewItems(ctx, input.meetingId).find((item) => item.agreement.id === agreement.id)!;
}

/**
 * One action: every unfinished agreement (reviewed partly / not done, or open and not reviewed) gets a fresh copy
 * in this meeting, due by this meeting's default; the old one is marked carried so it leaves the open lists.
 */
function carryForward(ctx: ServiceContext, meetingId: string): Agreement[] {
  const meeting = meetingRow(ctx, meetingId);
  const candidates = reviewItems(ctx, meetingId).filter((item) =>
    isCarryable({ carried: item.carried, outcome: item.review?.outcome ?? null, status: item.agreement.status }),
  );
  const carried = candidates.map(({ agreement }) => {
    const copy = createAgreement(
      ctx,
      {
        caseId: meeting.case_id,
        meetingId,
        what: agreement.what,
        why: agreement.why,
        responsibleParticipantId: agreement.responsibleParticipantId,
        responsibleName: agreement.responsibleName,
        goalId: agreement.goalId,
        mapItemId: agreement.mapItemId,
        comment: '',
      },
      { source: 'carried', carriedFromId: agreement.id, status: agreement.status === 'in_progress' ? 'in_progress' : 'not_started' },
    );
    ctx.db.prepare('UPDATE agreements SET carried_forward = 1 WHERE id = ?').run(agreement.id);
    return copy;
  });
  ctx.emit({ type: 'agreements.changed', id: meeting.case_id, origin: ctx.origin });
  return carried;
}

export const agreementsReviewHandlers: HandlerMap<'agreements.review' | 'agreements.setReview' | 'agreements.carryForward'> = {
  'agreements.review': (ctx, input) => reviewItems(ctx, input.meetingId),
  'agreements.setReview': setReview,
  'agreements.carryForward': (ctx, input) => carryForward(ctx, input.meetingId),
};
