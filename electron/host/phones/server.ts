import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { MAX_BODY_BYTES, PHONE_REFUSALS } from '../../../shared/domain/phones';

/**
 * The phone server: one per meeting while "Deltag fra telefon" is on, on its own port, apart from the browser host.
 * It serves the phone page (three static files, no data) and two POST endpoints whose bodies are sealed envelopes;
 * the session (session.ts) opens them. Every answer here is a status and a Danish sentence, never a stack trace.
 */
export interface PhoneServerOptions {
  /** The address to listen on: the LAN address in the app, 127.0.0.1 in tests and the bench. */
  address: string;
  /** The built phone page (dist/phone). */
  assetsDir: string;
  join(body: unknown, from: string): Promise<Answer> | Answer;
  message(body: unknown): Promise<Answer> | Answer;
}

export interface Answer {
  status: number;
  body: unknown;
}

export interface RunningPhoneServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

const ASSETS: Record<string, { file: string; type: string }> = {
  '/': { file: 'phone.html', type: 'text/html; charset=utf-8' },
  '/phone.js': { file: 'phone.js', type: 'text/javascript; charset=utf-8' },
  '/phone.css': { file: 'phone.css', type: 'text/css; charset=utf-8' },
};

/** Nothing but this server's own files and calls; no framing, no referrer, no caching of answers. */
const PHONE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function startPhoneServer(options: PhoneServerOptions): Promise<RunningPhoneServer> {
  let port = 0;
  const origin = () => `http://${options.address.includes(':') ? `[${options.address}]` : options.address}:${port}`;

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    // A DNS-rebound name or a page elsewhere never reaches the session.
    if (req.headers.host !== origin().slice('http://'.length)) return send(res, 421, { message: 'Forkert adresse' });
    const url = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'GET' && ASSETS[url]) return serveAsset(options.assetsDir, ASSETS[url], res);
    if (req.method !== 'POST' || (url !== '/join' && url !== '/msg')) return send(res, 404, { message: 'Ikke fundet' });
    if (req.headers.origin !== undefined && req.headers.origin !== origin()) return send(res, 403, { message: 'Forespørgslen kommer fra en anden side' });
    const body = await readBody(req);
    if (body === TOO_BIG) return send(res, 413, { message: PHONE_REFUSALS.tooBig });
    if (body === BROKEN) return send(res, 400, { message: PHONE_REFUSALS.broken });
    const answer = url === '/join' ? await options.join(body, req.socket.remoteAddress ?? '') : await options.message(body);
    send(res, answer.status, answer.body);
  };

  const server = http.createServer((req, res) => {
    res.on('error', () => undefined);
    handle(req, res).catch(() => send(res, 500, { message: 'Der skete en fejl. Prøv igen.' }));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: a free port chosen for this meeting.
    server.listen(0, options.address, () => {
      port = (server.address() as { port: number }).port;
      resolve({
        port,
        url: `${origin()}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(JSON.stringify(body));
}

function serveAsset(dir: string, asset: { file: string; type: string }, res: http.ServerResponse): void {
  let content: Buffer;
  try {
    content = fs.readFileSync(path.join(dir, asset.file));
  } catch {
    return send(res, 404, { message: 'Telefonsiden er ikke bygget' });
  }
  res.writeHead(200, {
    'Content-Type': asset.type,
    'Content-Security-Policy': PHONE_CSP,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(content);
}

const TOO_BIG = Symbol('too big');
const BROKEN = Symbol('broken');

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: unknown) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        return finish(TOO_BIG);
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        finish(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        finish(BROKEN);
      }
    });
    req.on('error', () => finish(BROKEN));
    req.on('close', () => finish(BROKEN));
  });
}
