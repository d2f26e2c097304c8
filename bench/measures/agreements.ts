// open_tasks_overview_ms: the "Aftaler" overview (open and overdue agreements across cases) over 100,000 agreements.
import fs from 'node:fs';
import { openDatabase } from '../../electron/db/connection';
import { agreementsOverview } from '../../electron/services/agreementsOverview';
import type { ServiceContext } from '../../electron/services/context';
import { tempDataDir } from '../../e2e/host';
import { Random } from '../generator/random';
import { summarize, type Results } from '../stats';

const CASES = 2_000;
const MEETINGS_PER_CASE = 5;
const AGREEMENTS_PER_MEETING = 10;
const PEOPLE = ['Mor', 'Far', 'Mormor', 'Farfar', 'Fodboldtræneren', 'Klasselæreren', 'Pædagogen', 'PPR-psykologen', 'Sundhedsplejersken', 'Mette Sørensen'];
const TASKS = ['Følge til skolebussen', 'Hente efter træning', 'Ringe til skolen', 'Sende fremmødeoversigt', 'Tale med barnet om morgenerne', 'Booke møde med PPR'];

/**
 * 2,000 cases × 5 meetings × 10 agreements = 100,000. Agreements of a case's last meeting are open (10,000, some
 * overdue); earlier ones were reviewed (done / not done / carried), as after a year of follow-ups.
 */
function seed(ctx: ServiceContext): void {
  const random = new Random(6);
  const now = ctx.now().toISOString();
  const insertCase = ctx.db.prepare(
    `INSERT INTO cases (id, child_name, birth_year, case_type, responsible_worker, status, created_at, updated_at, last_activity_at) VALUES (?, ?, 2016, 'network', 'Mette Sørensen', 'open', ?, ?, ?)`,
  );
  const insertMeeting = ctx.db.prepare(`INSERT INTO meetings (id, case_id, type, starts_at, status, created_at, updated_at) VALUES (?, ?, 'follow_up', ?, 'held', ?, ?)`);
  const insertAgreement = ctx.db.prepare(
    `INSERT INTO agreements (id, case_id, meeting_id, what, responsible_name, due_date, status, carried_forward, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  ctx.db.transaction(() => {
    for (let c = 0; c < CASES; c++) {
      const caseId = crypto.randomUUID();
      insertCase.run(caseId, `Barn ${c}`, now, now, now);
      for (let m = 0; m < MEETINGS_PER_CASE; m++) {
        const meetingId = crypto.randomUUID();
        const day = new Date(2025, 5 + m * 2, 1 + random.int(0, 27));
        const startsAt = `${day.toISOString().slice(0, 10)}T13:00`;
        insertMeeting.run(meetingId, caseId, startsAt, now, now);
        const last = m === MEETINGS_PER_CASE - 1;
        for (let a = 0; a < AGREEMENTS_PER_MEETING; a++) {
          const due = new Date(day.getTime() + random.int(14, 60) * 86_400_000).toISOString().slice(0, 10);
          const status = last ? random.pick(['not_started', 'in_progress']) : random.pick(['done', 'done', 'not_done', 'in_progress']);
          const carried = !last && status === 'in_progress' ? 1 : 0;
          insertAgreement.run(crypto.randomUUID(), caseId, meetingId, random.pick(TASKS), random.pick(PEOPLE), due, status, carried, now, now);
        }
      }
    }
    ctx.db.prepare(`INSERT INTO settings (key, value) VALUES ('profileName', '"Mette Sørensen"')`).run();
  })();
}

export function measureOpenTasksOverview(results: Results, key: string, runs = 20): void {
  const dataDir = tempDataDir('kreds-bench-agreements-');
  const { db } = openDatabase(dataDir, key);
  const ctx: ServiceContext = { db, now: () => new Date('2026-05-14T10:00:00'), emit: () => undefined };
  try {
    seed(ctx);
    db.exec('ANALYZE');
    const all: number[] = [];
    const mine: number[] = [];
    for (let i = 0; i < runs; i++) {
      let started = performance.now();
      agreementsOverview(ctx, { mine: false });
      all.push(performance.now() - started);
      started = performance.now();
      agreementsOverview(ctx, { mine: true });
      mine.push(performance.now() - started);
    }
    results.open_tasks_overview_ms = summarize(all).median;
    results.open_tasks_overview_p95_ms = summarize(all).p95;
    results.open_tasks_overview_mine_ms = summarize(mine).median;
  } finally {
    db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
