import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzHttp, rawRequest } from '../httpFuzz';
import { createTestHost } from '../testing';
import { startHttpHost, type RunningHttpHost } from './http';

/** CI size; `npm run bench` sends 20,000 to the built host as its own process (http_fuzz_requests, http_fuzz_crashes). */
const REQUESTS = 2_000;
const TOKEN = 'f'.repeat(48);

const t = createTestHost();
const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-renderer-'));
let running: RunningHttpHost;
const thrown: unknown[] = [];
const logged: string[] = [];
const onUncaught = (error: unknown) => thrown.push(error);

beforeAll(async () => {
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kreds</title>');
  process.prependListener('uncaughtException', onUncaught);
  running = await startHttpHost({ host: t.host, rendererDir, port: 0, token: TOKEN, log: (line) => logged.push(line) });
});
afterAll(async () => {
  process.removeListener('uncaughtException', onUncaught);
  await running.close();
  t.close();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

const get = (target: string, headers = '') => rawRequest(running.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\n${headers}Connection: close\r\n\r\n`);

describe('the browser host over HTTP', () => {
  it('answers a broken %-escape with 400 (static files and the API, with and without the token) and goes on answering', async () => {
    expect(await get('/%')).toBe(400);
    expect(await get('/assets/%c3%28.js')).toBe(400);
    expect(await rawRequest(running.port, `POST /api/% HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 2\r\n\r\n{}`)).toBe(400);
    expect(await get('/api/%zz')).toBe(400);
    expect(await get('/index.html')).toBe(200);
    expect(thrown).toEqual([]);
    expect(logged.some((line) => line.includes('400'))).toBe(true);
    expect(logged.join('\n')).not.toContain(TOKEN);
  });

  it(`survives ${REQUESTS} random and mutated requests (request lines, paths, headers, bodies, with and without the token)`, async () => {
    const report = await fuzzHttp({ port: running.port, token: TOKEN }, REQUESTS);
    expect(report.examples).toEqual([]);
    expect(report.crashes).toBe(0);
    console.log(`HTTP-fuzz: ${JSON.stringify(report.statuses)}`);
    expect(thrown).toEqual([]);
    expect(report.requests).toBe(REQUESTS);
    // Not everything was refused at the door: the fuzz reached the API with the token, too.
    expect(report.statuses[200]).toBeGreaterThan(0);
    expect(report.statuses[400]).toBeGreaterThan(0);
    expect(t.host.db!.pragma('quick_check', { simple: true })).toBe('ok');
  }, 180_000);
});
