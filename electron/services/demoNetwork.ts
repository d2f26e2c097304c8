import { toIsoDay } from '../../shared/domain/dates';
import { createConsent } from './consent';
import type { ServiceContext } from './context';
import { placeNode, setTie } from './networkMap';
import { createParticipant, setContactPerson } from './participants';

/**
 * Oliver's people (fictional): his mother (sole custody), mormor, the football coach, his teacher, the PPR
 * psychologist and the social worker; the mother's written consent and a network map the family arranged.
 */
export function loadDemoNetwork(ctx: ServiceContext, caseId: string): void {
  const add = (input: Omit<Parameters<typeof createParticipant>[1], 'caseId'>) => createParticipant(ctx, { caseId, ...input });
  add({ name: 'Oliver', role: 'child', note: 'Vil gerne selv fortælle om fodbold og om morgenerne.' });
  const mother = add({ name: 'Camilla Nielsen', role: 'mother', phone: '22 33 44 55', email: 'camilla.nielsen@example.dk', note: 'Har forældremyndigheden alene.' });
  const grandmother = add({ name: 'Birthe Nielsen', role: 'grandparent', roleDetail: 'mormor', phone: '40 50 60 70', note: 'Bor i samme by og henter Oliver om onsdagen.' });
  const coach = add({ name: 'Kim Andersen', role: 'network_person', roleDetail: 'fodboldtræner', organisation: 'Nordby IF', phone: '30 11 22 33' });
  const teacher = add({ name: 'Lars Berg', role: 'teacher', roleDetail: 'klasselærer, 3.b', organisation: 'Nordby Skole', email: 'lars.berg@example.dk' });
  const psychologist = add({ name: 'Sara Lund', role: 'ppr_psychologist', organisation: 'PPR Nordby Kommune', email: 'sara.lund@example.dk' });
  const worker = add({ name: 'Mette Sørensen', role: 'social_worker', organisation: 'Børn og Familie, Nordby Kommune', phone: '72 10 20 30' });

  setContactPerson(ctx, caseId, worker.id);

  const twoWeeksAgo = new Date(ctx.now());
  twoWeeksAgo.setDate(twoWeeksAgo.getDate() - 14);
  createConsent(ctx, {
    caseId,
    kind: 'consent',
    custody: 'sole',
    form: 'written',
    givenBy: [{ name: mother.name, capacity: 'custody_holder', participantId: mother.id }],
    givenOn: toIsoDay(twoWeeksAgo),
    infoTypes: ['school', 'development', 'family'],
    recipientIds: [teacher.id, psychologist.id, worker.id],
    recipientOrganisations: ['Nordby Skole'],
    purpose: 'At skole, PPR og rådgiver kan samarbejde om at få Oliver godt i skole igen.',
    networkSharing: 'At Oliver har svært ved at komme af sted om morgenen, og hvilke aftaler vi laver. Ikke noget om mors helbred.',
  });

  const arrange: [string, 1 | 2 | 3, number, 'none' | 'support' | 'strain' | 'both'][] = [
    [mother.id, 1, 250, 'support'],
    [grandmother.id, 1, 320, 'support'],
    [coach.id, 2, 20, 'support'],
    [teacher.id, 2, 140, 'both'],
    [psychologist.id, 3, 170, 'none'],
    [worker.id, 3, 210, 'none'],
  ];
  for (const [participantId, ring, angle, tie] of arrange) {
    placeNode(ctx, participantId, ring, angle);
    setTie(ctx, participantId, tie);
  }
}
