// Participants, consent and the network map at municipal scale: the case overview's three loads for a case with a
// large network, and the case-list search that also matches participant names.
import { openDatabase } from '../../electron/db/connection';
import { createCase, listCases } from '../../electron/services/cases';
import { consentStatus, createConsent } from '../../electron/services/consent';
import type { ServiceContext } from '../../electron/services/context';
import { getNetworkMap } from '../../electron/services/networkMap';
import { createParticipant, listParticipants } from '../../electron/services/participants';
import { ROLES } from '../../shared/domain/participants';
import { Random } from '../generator/random';
import { summarize, type Results } from '../stats';

const FIRST = ['Anne', 'Birthe', 'Camilla', 'Dorte', 'Emil', 'Frederik', 'Hanne', 'Jonas', 'Kim', 'Lars', 'Mette', 'Niels', 'Sara', 'Søren'];
const LAST = ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Østergaard'];

function time(runs: number, work: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return summarize(samples).median;
}

/** 2,000 cases × 8 people, plus one case with a 40-person network and a consent. */
export function measureParticipants(results: Results, dataDir: string, key: string): void {
  const { db } = openDatabase(dataDir, key);
  const ctx: ServiceContext = { db, now: () => new Date('2026-05-14T10:00:00'), emit: () => undefined };
  const random = new Random(3);
  const person = () => `${random.pick(FIRST)} ${random.pick(LAST)}`;
  let bigCase = '';
  db.transaction(() => {
    for (let c = 0; c < 2000; c++) {
      const caseId = createCase(ctx, { childName: `Barn ${c}`, birthYear: 2012 + (c % 12), caseType: 'network', responsibleWorker: 'Bench' }).id;
      for (let p = 0; p < 8; p++) createParticipant(ctx, { caseId, name: person(), role: random.pick(ROLES), roleDetail: 'bench', confirmDuplicate: true });
    }
    bigCase = createCase(ctx, { childName: 'Stort netværk', birthYear: 2017, caseType: 'network', responsibleWorker: 'Bench' }).id;
    const ids = Array.from({ length: 40 }, () => createParticipant(ctx, { caseId: bigCase, name: person(), role: random.pick(ROLES), roleDetail: 'bench', confirmDuplicate: true }).id);
    createConsent(ctx, {
      caseId: bigCase,
      kind: 'consent',
      custody: 'sole',
      givenBy: [{ name: 'Mor', capacity: 'custody_holder' }],
      givenOn: '2026-05-01',
      infoTypes: ['school'],
      recipientIds: ids.slice(0, 10),
      purpose: 'Bench',
    });
  })();
  results.case_overview_people_ms = time(20, () => {
    listParticipants(ctx, bigCase, { includeArchived: true });
    consentStatus(ctx, bigCase);
    getNetworkMap(ctx, bigCase);
  });
  results.case_search_participant_16k_ms = time(20, () => listCases(ctx, { query: 'Birthe Øster', status: 'all' }));
  db.close();
}
