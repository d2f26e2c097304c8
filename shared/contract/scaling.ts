import { z } from 'zod';
import { SCALE_MAX, SCALE_MIN } from '../domain/scaling';
import type { MeetingStatus } from '../domain/meetings';
import { channel } from './define';
import type { UndoTicket } from './undo';

const id = z.string().uuid();
const questionText = z.string().trim().min(1, 'Skriv spørgsmålet').max(500, 'Spørgsmålet må højst være 500 tegn');
const score = z
  .number({ error: 'Skriv et helt tal fra 0 til 10' })
  .int('Skalering er hele tal – vælg fx 6 eller 7')
  .min(SCALE_MIN, 'Skalaen går fra 0 til 10')
  .max(SCALE_MAX, 'Skalaen går fra 0 til 10');

export interface ScalingPerson {
  participantId: string;
  name: string;
  role: string;
  present: boolean;
}

export interface ScalingQuestion {
  id: string;
  seriesId: string;
  text: string;
  position: number;
  scores: { participantId: string; value: number }[];
  /** The same question's scores at the previous meeting, for "sidst". */
  previousScores: { participantId: string; value: number }[];
}

export interface ScalingView {
  meetingId: string;
  questions: ScalingQuestion[];
  /** Present participants first; anyone who already gave a score stays listed. */
  people: ScalingPerson[];
}

export interface ScalingTrend {
  meetings: { meetingId: string; startsAt: string; status: MeetingStatus }[];
  questions: { seriesId: string; text: string }[];
  series: { seriesId: string; participantId: string; name: string; points: { meetingId: string; meetingDate: string; value: number }[]; lastChange: number | null }[];
}

export const scalingContract = {
  'scaling.get': channel<ScalingView>()(z.object({ meetingId: id }).strict()),
  'scaling.addQuestion': channel<ScalingQuestion>()(z.object({ meetingId: id, text: questionText }).strict()),
  'scaling.updateQuestion': channel<ScalingQuestion>()(z.object({ id, text: questionText }).strict()),
  'scaling.deleteQuestion': channel<UndoTicket>()(z.object({ id }).strict()),
  'scaling.setScore': channel<ScalingQuestion>()(z.object({ questionId: id, participantId: id, value: score.nullable() }).strict()),
  'scaling.trend': channel<ScalingTrend>()(z.object({ caseId: id }).strict()),
};
