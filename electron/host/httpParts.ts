import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { CONTENT_SECURITY_POLICY } from './csp';

/** The browser host's request parsing and answers, each of which refuses bad input with a status instead of throwing on. */

const MAX_BODY_BYTES = 64 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** A request that cannot be served as sent: answered with its status and a Danish message, and logged. */
export class BadRequest extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** Shown when a launch link is opened a second time (or late) in a browser that has no session. */
export const LAUNCH_PAGE = `<!doctype html><html lang="da"><meta charset="utf-8"><title>Kreds</title>
<p>Linket til Kreds er allerede brugt eller udløbet. Hvert link virker én gang, så ingen andre kan genbruge det.</p>
<p>Brug vinduet, der allerede er åbent, eller start Kreds igen for at få et nyt link.</p></html>`;

/** Path (decoded) and query of the request target; origin-form only ("/…"), anything else is refused. */
export function parseTarget(raw: string | undefined): { path: string; query: URLSearchParams } {
  const target = raw ?? '/';
  const queryAt = target.indexOf('?');
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  if (!rawPath.startsWith('/') || rawPath.startsWith('//')) throw new BadRequest('Ugyldig adresse');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    throw new BadRequest('Adressen indeholder en ugyldig %-kode');
  }
  if (decoded.includes('\u0000')) throw new BadRequest('Ugyldig adresse');
  return { path: decoded, query: new URLSearchParams(queryAt < 0 ? '' : target.slice(queryAt + 1)) };
}

/** Only our own names for the loopback address: a DNS-rebound name (evil.example → 127.0.0.1) is refused. */
export function allowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** A browser's request must come from Kreds's own page; a script without an Origin header (tests, curl) may call with the token. */
export function allowedOrigin(req: http.IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function cookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function sendText(res: http.ServerResponse, status: number, text: string, type = 'text/plain; charset=utf-8'): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  res.end(text);
}

export function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BadRequest('Forespørgslen er for stor', 413));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text) return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new BadRequest('Forespørgslen er ikke gyldig JSON'));
      }
    });
    req.on('error', () => reject(new BadRequest('Forespørgslen blev afbrudt')));
    req.on('close', () => reject(new BadRequest('Forespørgslen blev afbrudt')));
  });
}

export function serveStatic(rendererDir: string, pathname: string, res: http.ServerResponse): void {
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
  let isFile = false;
  try {
    isFile = file.startsWith(root + path.sep) && fs.statSync(file).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) return sendText(res, 404, 'Ikke fundet');
  const ext = path.extname(file);
  res.writeHead(200, {
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': ext === '.html' ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  // A file that disappears or cannot be read mid-answer closes this connection, not the host.
  pipeline(fs.createReadStream(file), res, () => undefined);
}
