import net from 'node:net';
import fc from 'fast-check';

/**
 * Hostile HTTP for the browser host: random and mutated request lines, paths, headers and bodies, with and without
 * the token, sent as raw bytes (no client library tidies them up). After each request the host must still answer a
 * plain request; a host that stops answering is a crash. Used by electron/host/httpFuzz.test.ts (in process) and by
 * the bench (the built host as its own process: http_fuzz_requests, http_fuzz_crashes).
 */
export interface HttpFuzzTarget {
  port: number;
  /** The long-lived API token; roughly half the requests carry it. */
  token: string;
  /** After a crash (the host stopped answering): start it again and return the new port. Absent: stop at once. */
  restart?(): Promise<{ port: number; token: string }>;
}

export interface HttpFuzzReport {
  requests: number;
  crashes: number;
  /** How many answers had each status (0: no status line before the connection closed or timed out). */
  statuses: Record<number, number>;
  /** The first requests after which the host stopped answering (shortened). */
  examples: string[];
}

/** Read-only channels, and names that are not channels: the fuzz aims at the HTTP layer, not at writing data. */
const CHANNELS = ['app.info', 'cases.list', 'settings.get', 'search.query', 'lock.status', 'audit.verify', 'followups.overview', 'cases.get', 'nope', '', '..', 'cases.list/extra'];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'CONNECT', 'get', 'P OST', 'G\u00e9T', 'X'.repeat(300)];
const ESCAPES = ['%', '%z', '%zz', '%c3', '%c3%28', '%00', '%ff%fe', '%2e%2e%2f', '%u0041', '%%', '%e2%82', '%F0%9F%98'];
const NASTY = ['..', '//', '/./', '\\', '\u0000', '\u00e6\u00f8\u00e5', '\ud83d', '#', '?', ';', ' ', '\t', '@', '*', 'http://evil/', ':'];

const token = (t: string) => fc.constantFrom(`Bearer ${t}`, `Bearer ${t}x`, 'Bearer ', t, 'Basic Zm9vOmJhcg==', `bearer ${t}`, 'Bearer \u00e6');

function pathArbitrary(t: string): fc.Arbitrary<string> {
  const base = fc.constantFrom('/', '/index.html', '/assets/x.js', '/favicon.ico', '/api/events', '/api/contract', ...CHANNELS.map((c) => `/api/${c}`));
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ESCAPES) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  const query = fc.constantFrom('', '?', `?token=${t}`, '?launch=', '?launch=abc', '?launch=%', '?a=%zz', '?launch=1-2-3');
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(64), piece), { maxLength: 2 }), query).map(([path, edits, q]) => {
    let out = path;
    for (const [at, text] of edits) out = out.slice(0, at % (out.length + 1)) + text + out.slice(at % (out.length + 1));
    return out + q;
  });
}

function bodyArbitrary(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constant(''),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('{', '{"query":', '[1,2', 'null', '"\\ud800"', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', '1e999999', '[' + '['.repeat(20_000)),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  );
}

function headersArbitrary(t: string, port: number): fc.Arbitrary<string[]> {
  const one = fc.oneof(
    fc.constantFrom(`Host: 127.0.0.1:${port}`, `Host: localhost:${port}`, 'Host: evil.example', 'Host: ', `Host: 127.0.0.1:${port}\u00e6`),
    fc.constantFrom(`Origin: http://127.0.0.1:${port}`, 'Origin: http://evil.example', 'Origin: null', 'Origin: %', 'Referer: http://evil.example/%'),
    token(t).map((v) => `Authorization: ${v}`),
    fc.constantFrom('Cookie: kreds=%', 'Cookie: ;;;=;', `Cookie: kreds-session-${port}=x`, 'Cookie: a=b; kreds-session-1=\u00e6'),
    fc.constantFrom('Content-Type: application/json', 'Content-Type: text/plain', 'Content-Type: application/json; charset=latin1', 'Content-Encoding: gzip'),
    fc.constantFrom('Content-Length: 5', 'Content-Length: -1', 'Content-Length: 99999999999', 'Content-Length: abc', 'Transfer-Encoding: chunked', 'Transfer-Encoding: gzip, chunked', 'Expect: 100-continue'),
    fc.constantFrom('X-Kreds-Window: ' + 'w'.repeat(500), 'X-Kreds-Window: %', 'Range: bytes=5-1', 'If-None-Match: *', 'Connection: upgrade', 'Upgrade: websocket'),
  );
  const garbage = fc.tuple(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 40 })).map(([name, value]) => `${name || 'X'}: ${value}`);
  return fc.array(fc.oneof({ weight: 15, arbitrary: one }, { weight: 1, arbitrary: garbage }), { maxLength: 6 });
}

/** One request as raw bytes: mostly well-formed around a hostile part, sometimes garbage from the first byte. */
function requestArbitrary(t: string, port: number): fc.Arbitrary<string> {
  const method = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('GET', 'POST') }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) });
  const version = fc.oneof({ weight: 8, arbitrary: fc.constant('HTTP/1.1') }, { weight: 1, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/2', 'HTTP/1.1 x', '') });
  const shaped = fc.tuple(method, pathArbitrary(t), version, headersArbitrary(t, port), bodyArbitrary(), fc.boolean(), fc.boolean())
    .map(([method, path, version, headers, body, withLength, withToken]) => {
      const lines = [`${method} ${path} ${version}`.trimEnd(), ...headers];
      if (!headers.some((h) => /^host:/i.test(h))) lines.push(`Host: 127.0.0.1:${port}`);
      if (withToken) lines.push(`Authorization: Bearer ${t}`);
      if (withLength) lines.push(`Content-Length: ${Buffer.byteLength(body, 'latin1')}`);
      return `${lines.join('\r\n')}\r\n\r\n${body}`;
    });
  const garbage = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('\r\n\r\n', 'GET\r\n\r\n', 'GET / HTTP/1.1\r\n' + 'X: y\r\n'.repeat(5000) + '\r\n', 'GET /%'));
  return fc.oneof({ weight: 9, arbitrary: shaped }, { weight: 1, arbitrary: garbage });
}

/** Sends raw bytes and returns the status of the first answer (0 when none came before close or the timeout). */
export function rawRequest(port: number, bytes: string, timeoutMs = 2_000): Promise<number> {
  return new Promise((resolve) => {
    let settled = false;
    const socket = net.connect(port, '127.0.0.1');
    const done = (status: number) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(status);
    };
    let received = '';
    socket.setTimeout(timeoutMs, () => done(0));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const line = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      if (line) done(Number(line[1]));
      else if (received.length > 64) done(0);
    });
    socket.on('error', () => done(0));
    socket.on('close', () => done(0));
    // Like a browser, the request is sent and the connection left open; a request still waiting for its announced
    // body after a moment gets the end of the stream, so the host has to decide.
    socket.on('connect', () => {
      socket.write(Buffer.from(bytes, 'latin1'));
      setTimeout(() => !settled && socket.end(), Math.min(250, timeoutMs / 2)).unref();
    });
  });
}

/** The plain request the host must answer after every hostile one. */
async function answers(port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const status = await rawRequest(port, `GET /index.html HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`, 3_000);
    if (status === 200) return true;
  }
  return false;
}

/**
 * Sends `count` hostile requests, `parallel` at a time (as a page's many requests would arrive), and after each
 * group checks that the host still answers; a group after which it does not is a crash, reported with its requests.
 */
export async function fuzzHttp(target: HttpFuzzTarget, count: number, options: { seed?: number; parallel?: number } = {}): Promise<HttpFuzzReport> {
  const report: HttpFuzzReport = { requests: 0, crashes: 0, statuses: {}, examples: [] };
  const parallel = options.parallel ?? 8;
  let { port, token: t } = target;
  const requests = fc.sample(requestArbitrary(t, port), { numRuns: count, seed: options.seed ?? 19 });
  for (let at = 0; at < requests.length; at += parallel) {
    // The port and token are baked into the generated requests; after a restart the current ones are swapped in.
    const group = requests.slice(at, at + parallel).map((r) => r.replaceAll(`:${target.port}`, `:${port}`).replaceAll(target.token, t));
    const statuses = await Promise.all(group.map((bytes) => rawRequest(port, bytes, 1_000)));
    for (const status of statuses) report.statuses[status] = (report.statuses[status] ?? 0) + 1;
    report.requests += group.length;
    if (await answers(port)) continue;
    report.crashes += 1;
    if (report.examples.length < 5) report.examples.push(...group.map((bytes) => JSON.stringify(bytes.slice(0, 160))));
    if (!target.restart) break;
    ({ port, token: t } = await target.restart());
  }
  return report;
}
