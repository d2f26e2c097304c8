import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { z } from 'zod';
import { contract, type KredsEvent } from '../../shared/contract';
import type { KredsHost } from './core';
import { CONTENT_SECURITY_POLICY } from './csp';


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

export interface HttpHostOptions {
  host: KredsHost;
  rendererDir: string;
  port: number;
  token?: string;
}

export interface RunningHttpHost {
  server: http.Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

/** The browser host: the built renderer and POST /api/<channel> on 127.0.0.1 only, behind a per-launch token. */
export function startHttpHost(options: HttpHostOptions): Promise<RunningHttpHost> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const expected = Buffer.from(token);
  const authorized = (req: http.IncomingMessage, url: URL): boolean => {
    const header = req.headers.authorization?.replace(/^Bearer /, '') ?? url.searchParams.get('token') ?? '';
    const given = Buffer.from(header);
    return given.length === expected.length && crypto.timingSafeEqual(given, expected);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!url.pathname.startsWith('/api/')) return serveStatic(options.rendererDir, url.pathname, res);
    if (!authorized(req, url)) return sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Manglende eller forkert adgangsnøgle' } });
    if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(options.host, req, res);
    if (url.pathname === '/api/contract' && req.method === 'GET') return sendJson(res, 200, describeContract());
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'Kun POST er tilladt' } });
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    readJson(req)
      .then((input) => options.host.call(channel, input, windowOrigin(req)))
      .then((result) => sendJson(res, result.ok ? 200 : statusFor(result.error.code), result))
      .catch((error: Error) => sendJson(res, 400, { ok: false, error: { code: 'invalid_input', message: error.message } }));
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function windowOrigin(req: http.IncomingMessage): string | undefined {
  const value = req.headers['x-kreds-window'];
  return typeof value === 'string' ? value.slice(0, 64) : undefined;
}

function statusFor(code: string): number {
  if (code === 'invalid_input' || code === 'unknown_channel') return 400;
  if (code === 'not_found') return 404;
  if (code === 'conflict') return 409;
  if (code === 'unauthorized') return 401;
  if (code === 'locked') return 423;
  if (code === 'wrong_secret') return 403;
  if (code === 'too_many_attempts') return 429;
  if (code.startsWith('db_')) return 503;
  return 500;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Forespørgslen er for stor'));
        req.destroy();
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
        reject(new Error('Forespørgslen er ikke gyldig JSON'));
      }
    });
    req.on('error', reject);
  });
}

function serveStatic(rendererDir: string, pathname: string, res: http.ServerResponse): void {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Ikke fundet');
    return;
  }
  const ext = path.extname(file);
  res.writeHead(200, {
    'Content-Type': MIME[ext] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': ext === '.html' ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  fs.createReadStream(file).pipe(res);
}

function streamEvents(host: KredsHost, req: http.IncomingMessage, res: http.ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': forbundet\n\n');
  const send = (event: KredsEvent) => res.write(`data: ${JSON.stringify(event)}\n\n`);
  const unsubscribe = host.subscribe(send);
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

function describeContract() {
  return {
    channels: Object.entries(contract).map(([name, ch]) => ({
      name,
      input: z.toJSONSchema(ch.input, { unrepresentable: 'any', io: 'input' }),
    })),
  };
}
