// The HTTP fuzz against the built browser host as its own process: http_fuzz_requests, http_fuzz_crashes (must be 0).
// A step of `npm run bench`; alone: `npm run build --silent && npx tsx bench/httpFuzz.ts [requests]` (prints the keys).
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startHost, type StartedHost } from '../e2e/host';
import { fuzzHttp } from '../electron/httpFuzz';
import type { Results } from './stats';

/** A crash here is the host process no longer answering; it is counted, started again, and the fuzz goes on. */
export async function measureHttpFuzz(results: Results, requests = 20_000): Promise<void> {
  let host: StartedHost = await startHost({ demo: true });
  const started = performance.now();
  const target = () => ({ port: Number(new URL(host.origin).port), token: host.token });
  try {
    const report = await fuzzHttp(
      {
        ...target(),
        restart: async () => {
          fs.writeSync(2, `HTTP-fuzz: værten svarede ikke; stderr: ${host.stderr().slice(-400)}\n`);
          await host.stop('SIGKILL');
          host = await startHost({ demo: true });
          return target();
        },
      },
      requests,
    );
    results.http_fuzz_requests = report.requests;
    results.http_fuzz_crashes = report.crashes;
    results.http_fuzz_s = Math.round((performance.now() - started) / 100) / 10;
    if (report.examples.length) fs.writeSync(2, `HTTP-fuzz: ${report.examples.join('\n')}\n`);
  } finally {
    await host.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results: Results = {};
  measureHttpFuzz(results, Number(process.argv[2] ?? 20_000)).then(
    () => console.log(results),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
