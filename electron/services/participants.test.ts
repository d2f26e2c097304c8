import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOliverCase, createTestContext, errorOf, type TestContext } from '../testing';
import { listAudit } from './audit';
import { createCase, listCases } from './cases';
import {
  createParticipant,
  deleteParticipant,
  getContactPerson,
  listParticipants,
  participantsHandlers,
  setContactPerson,
  updateParticipant,
} from './participants';

let ctx: TestContext;
let caseId: string;
beforeEach(() => {
  ctx = createTestContext('2026-03-02T09:00:00');
  caseId = createOliverCase(ctx);
});
afterEach(() => ctx.close());

const mother = { name: 'Hanne Jensen', role: 'mother' as const };

describe('participants', () => {
  it('derives the group from the role unless the user chose one', () => {
    const hanne = createParticipant(ctx, { caseId, ...mother });
    const coach = createParticipant(ctx, { caseId, name: 'Kim', role: 'network_person', roleDetail: 'fodboldtræner' });
    expect(errorOf(() => createParticipant(ctx, { caseId, name: 'Bente', role: 'other' })).fields?.roleDetail).toMatch(/hvilken rolle/);
    const neighbour = createParticipant(ctx, { caseId, name: 'Bente', role: 'other', roleDetail: 'nabo', group: 'family' });
    expect([hanne.group, coach.group, neighbour.group]).toEqual(['family', 'private_network', 'family']);
    expect(listParticipants(ctx, caseId).map((p) => p.name)).toEqual(['Hanne Jensen', 'Kim', 'Bente']);
  });

  it('asks "did you mean the existing person?" for the same name and role, and accepts when confirmed', () => {
    createParticipant(ctx, { caseId, ...mother });
    const error = errorOf(() => createParticipant(ctx, { caseId, name: ' hanne jensen ', role: 'mother' }));
    expect(error.code).toBe('conflict');
    expect(error.fields?.name).toMatch(/Mente du den eksisterende person/);
    createParticipant(ctx, { caseId, ...mother, confirmDuplicate: true });
    expect(listParticipants(ctx, caseId)).toHaveLength(2);
  });

  it('edits, archives (kept in history) and restores', () => {
    const p = createParticipant(ctx, { caseId, ...mother });
    updateParticipant(ctx, { id: p.id, ...mother, phone: '20 30 40 50', email: 'hanne@example.dk' });
    participantsHandlers['participants.archive'](ctx, { id: p.id });
    expect(listParticipants(ctx, caseId)).toEqual([]);
    expect(listParticipants(ctx, caseId, { includeArchived: true })[0]).toMatchObject({ phone: '20 30 40 50', archivedAt: '2026-03-02T09:00:00.000Z' });
    participantsHandlers['participants.restore'](ctx, { id: p.id });
    expect(listParticipants(ctx, caseId)[0]?.archivedAt).toBeNull();
  });

  it('records each change in the audit trail by field name, never the value', () => {
    const p = createParticipant(ctx, { caseId, ...mother });
    updateParticipant(ctx, { id: p.id, ...mother, phone: '20 30 40 50' });
    participantsHandlers['participants.archive'](ctx, { id: p.id });
    const entries = listAudit(ctx, { caseId }).filter((e) => e.entity === 'participant');
    expect(entries.map((e) => e.action).sort()).toEqual(['archive', 'create', 'update']);
    expect(entries.find((e) => e.action === 'update')?.fields).toContain('phone');
    expect(JSON.stringify(entries)).not.toContain('20 30 40 50');
  });

  it('deletes a participant never used in a meeting', () => {
    const p = createParticipant(ctx, { caseId, ...mother });
    deleteParticipant(ctx, p.id);
    expect(listParticipants(ctx, caseId, { includeArchived: true })).toEqual([]);
  });

  it('refuses to delete someone a meeting refers to (any table with a foreign key to participants)', () => {
    ctx.db.exec(`CREATE TABLE other_slice_refs (meeting_id TEXT NOT NULL, participant_id TEXT NOT NULL REFERENCES participants(id))`);
    const p = createParticipant(ctx, { caseId, ...mother });
    expect(listParticipants(ctx, caseId)[0]?.inUse).toBe(false);
    ctx.db.prepare('INSERT INTO other_slice_refs VALUES (?, ?)').run('m1', p.id);
    expect(listParticipants(ctx, caseId)[0]?.inUse).toBe(true);
    expect(errorOf(() => deleteParticipant(ctx, p.id)).message).toMatch(/Arkivér i stedet/);
  });

  it('keeps the history of the one contact person (tovholder) with dates', () => {
    const hanne = createParticipant(ctx, { caseId, ...mother });
    const mette = createParticipant(ctx, { caseId, name: 'Mette Sørensen', role: 'social_worker' });
    expect(getContactPerson(ctx, caseId)).toEqual({ current: null, history: [] });
    setContactPerson(ctx, caseId, mette.id);
    ctx.setNow('2026-04-10T09:00:00');
    const after = setContactPerson(ctx, caseId, hanne.id);
    expect(after.current?.name).toBe('Hanne Jensen');
    expect(after.history.map((h) => [h.participantName, h.changedAt.slice(0, 10)])).toEqual([
      ['Hanne Jensen', '2026-04-10'],
      ['Mette Sørensen', '2026-03-02'],
    ]);
  });

  it('refuses a contact person from another case or one who is archived', () => {
    const other = createCase(ctx, { childName: 'Sofie', birthYear: 2012, caseType: 'network', responsibleWorker: 'Jonas Holm' }).id;
    const stranger = createParticipant(ctx, { caseId: other, name: 'Jonas Holm', role: 'social_worker' });
    expect(errorOf(() => setContactPerson(ctx, caseId, stranger.id)).message).toMatch(/en anden sag/);
    const hanne = createParticipant(ctx, { caseId, ...mother });
    participantsHandlers['participants.archive'](ctx, { id: hanne.id });
    expect(errorOf(() => setContactPerson(ctx, caseId, hanne.id)).message).toMatch(/arkiveret/);
    expect(getContactPerson(ctx, caseId).history).toEqual([]);
  });

  it('finds a case by a participant name in the case list', () => {
    createParticipant(ctx, { caseId, name: 'Kim Holm', role: 'network_person' });
    const found = listCases(ctx, { query: 'kim' });
    expect(found.map((c) => [c.childName, c.matchedParticipants])).toEqual([['Oliver', ['Kim Holm']]]);
    expect(listCases(ctx, { query: 'oliv' })[0]?.matchedParticipants).toBeUndefined();
    createParticipant(ctx, { caseId, name: 'Åse Ørsted', role: 'grandparent' });
    expect(listCases(ctx, { query: 'åse ør' })[0]?.matchedParticipants).toEqual(['Åse Ørsted']);
  });
});
