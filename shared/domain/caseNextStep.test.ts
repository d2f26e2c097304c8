import { describe, expect, it } from 'vitest';
import { caseNextStep, type NextStepInput } from './caseNextStep';

const base: NextStepInput = { caseOpen: true, participants: [{ role: 'child' }, { role: 'mother' }], meetings: [], now: '2027-03-10T09:00' };
const meeting = (id: string, status: 'planned' | 'running' | 'held' | 'cancelled', startsAt: string) => ({ id, type: 'network_meeting' as const, status, startsAt });

describe('the case page’s next step', () => {
  it.each<[string, Partial<NextStepInput>, string]>([
    ['a brand-new case: add the network', { participants: [] }, 'add_network'],
    ['only the child registered: still the network', { participants: [{ role: 'child' }] }, 'add_network'],
    ['people but no meeting: plan the first one with the family', {}, 'plan_first_meeting'],
    ['only a cancelled meeting: plan the first one', { meetings: [meeting('a', 'cancelled', '2027-03-01T10:00')] }, 'plan_first_meeting'],
    ['a meeting planned: prepare it', { meetings: [meeting('a', 'planned', '2027-03-18T10:00')] }, 'prepare_meeting'],
    ['a meeting running: continue it', { meetings: [meeting('a', 'running', '2027-03-10T08:30')] }, 'continue_meeting'],
    ['held, nothing planned: the next meeting', { meetings: [meeting('a', 'held', '2027-01-28T10:00')] }, 'plan_next_meeting'],
    ['held and the follow-up planned: prepare it', { meetings: [meeting('a', 'held', '2027-01-28T10:00'), meeting('b', 'planned', '2027-03-18T10:00')] }, 'prepare_meeting'],
    ['closed: nothing to do', { caseOpen: false, meetings: [meeting('a', 'planned', '2027-03-18T10:00')] }, 'closed'],
  ])('%s', (_, input, kind) => expect(caseNextStep({ ...base, ...input }).kind).toBe(kind));

  it('makes a meeting later today one to start, and one next week one to prepare', () => {
    expect(caseNextStep({ ...base, meetings: [meeting('a', 'planned', '2027-03-10T14:00')] })).toMatchObject({ soon: true });
    expect(caseNextStep({ ...base, meetings: [meeting('a', 'planned', '2027-03-17T14:00')] })).toMatchObject({ soon: false });
  });

  it('takes the soonest of several planned meetings', () => {
    const step = caseNextStep({ ...base, meetings: [meeting('late', 'planned', '2027-05-05T10:00'), meeting('soon', 'planned', '2027-03-18T10:00')] });
    expect(step).toMatchObject({ kind: 'prepare_meeting', meetingId: 'soon' });
  });
});
