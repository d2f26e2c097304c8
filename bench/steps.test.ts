import { describe, expect, it } from 'vitest';
import { benchRun, resultsFile, runStep } from './steps';

const quiet = { skippedBecause: 'Chromium findes ikke', log: () => undefined };

describe('a bench step that cannot run', () => {
  it('writes its keys as null with the reason, keeps what it measured before failing, and the next step still runs', async () => {
    const run = benchRun();
    const ran = await runStep(run, 'PDF-resumé', ['export_pdf_ms', 'export_pdf_pages'], () => {
      run.results.export_pdf_ms = 238;
      throw new Error('spawnSync pdfinfo ENOENT\n    at somewhere');
    }, quiet);
    const next = await runStep(run, 'kort', ['map_render_ms'], () => {
      run.results.map_render_ms = 39.9;
    }, quiet);

    expect([ran, next]).toEqual([false, true]);
    expect(run.results).toEqual({ export_pdf_ms: 238, export_pdf_pages: null, map_render_ms: 39.9 });
    expect(run.missing).toEqual({ export_pdf_pages: 'PDF-resumé kunne ikke køre: spawnSync pdfinfo ENOENT' });
    expect(run.failed).toEqual(['PDF-resumé']);
  });

  it('says why a step that ran left a key null (skipped without Chromium), and results.json carries the reasons', async () => {
    const run = benchRun();
    await runStep(run, 'udseende', ['demo_remove_ms', 'theme_switch_ms'], () => {
      run.results.demo_remove_ms = 9.8;
      run.results.theme_switch_ms = null;
    }, quiet);

    expect(run.failed).toEqual([]);
    expect(JSON.parse(resultsFile(run))).toEqual({ demo_remove_ms: 9.8, theme_switch_ms: null, missing: { theme_switch_ms: 'Chromium findes ikke' } });
  });

  it('leaves no "missing" in results.json when every key was measured', async () => {
    const run = benchRun();
    await runStep(run, 'kort', ['map_render_ms'], () => {
      run.results.map_render_ms = 40;
    }, quiet);
    expect(JSON.parse(resultsFile(run))).toEqual({ map_render_ms: 40 });
  });
});
