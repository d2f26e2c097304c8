// Follow-ups: how fast Kreds proposes the next meeting (pure date rules) and answers the Opfølgning overview on a
// municipal-scale database (500 open cases, each with a planned follow-up, a fifth of them overdue).
import fs from 'node:fs';
import { openDatabase } from '../../electron/db/connection';
import { createCase } from '../../electron/services/cases';
import type { ServiceContext } from '../../electron/services/context';
import { followUpOverview } from '../../electron/services/followupOverview';
import { saveFollowUp } from '../../electron/services/followups';
import { tempDataDir } from '../../e2e/host';
import { proposeNextMeeting } from '../../shared/domain/followups';
import { addDays, makeDay } from '../../shared/domain/localTime';
import { workingDayOnOrAfter } from '../../shared/domain/holidays';
import { summarize, type Results } from '../stats';

function measureProposal(results: Results): void {
  const days = Array.from({ length: 3650 }, (_, i) => addDays(makeDay(2026, 1, 1), i));
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    for (const date of days) proposeNextMeeting({ date, time: '10:00' });
    samples.push(((performance.now() - started) * 1000) / days.length);
  }
  results.followups_propose_us = Math.round(summarize(samples).median * 10) / 10;
}

function measureOverview(results: Results): void {
  const dataDir = tempDataDir('kreds-bench-followups-');
  const { db } = openDatabase(dataDir, 'bench-followups');
  let now = new Date('2027-01-04T08:00:00Z');
  const ctx: ServiceContext = { db, now: () => now, emit: () => undefined };
  db.transaction(() => {
    for (let i = 0; i < 500; i++) {
      const { id } = createCase(ctx, { childName: `Barn ${i}`, birthYear: 2015, caseType: 'network', responsibleWorker: `Rådgiver ${i % 25}` });
      const date = workingDayOnOrAfter(addDays('2027-01-05', i % 60));
      saveFollowUp(ctx, { caseId: id, meetingStart: null, start: { date, time: '10:00' }, durationMinutes: 90, location: '' });
    }
  })();
  now = new Date('2027-01-18T08:00:00Z');
  const samples: number[] = [];
  for (let run = 0; run < 20; run++) {
    const started = performance.now();
    followUpOverview(ctx);
    samples.push(performance.now() - started);
  }
  results.followups_overview_500_cases_ms = Math.round(summarize(samples).median * 100) / 100;
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

export function measureFollowUps(results: Results): void {
  measureProposal(results);
  measureOverview(results);
}
