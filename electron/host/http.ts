import crypto from 'node:crypto';
import http from 'node:http';
import { z } from 'zod';
import { contract, type KredsEvent } from '../../shared/contract';
import type { KredsHost } from './core';
import { allowedHost, allowedOrigin, BadRequest, cookie, LAUNCH_PAGE, parseTarget, readJson, sendJson, sendText, serveStatic } from './httpParts';
import { LaunchSessions } from './launchCode';

export interface HttpHostOptions {
  host: KredsHost;
  rendererDir: string;
  port: number;
  /** The long-lived API token (KREDS_API_TOKEN for scripts and tests); random per launch otherwise. */
  token?: string;
  /** Refused requests are logged here (the reason only: never the request, its token or launch code). */
  log?: (line: string) => void;
}

export interface RunningHttpHost {
  server: http.Server;
  port: number;
  token: string;
  /** A link with a fresh one-time launch code (the printed and `--open` link). */
  launchUrl(): string;
  close(): Promise<void>;
}

/**
 * The browser host: the built renderer and POST /api/<channel> on 127.0.0.1 only. A request is answered only when
 * its Host names this host (no DNS rebinding); the API also wants a same-origin request (or none, from a script)
 * carrying the token (Authorization: Bearer) or the session cookie a launch code opened. No request, however
 * broken, ends the process: a malformed one gets 400 and a line in the log.
 */
export function startHttpHost(options: HttpHostOptions): Promise<RunningHttpHost> {
  const token = options.token ?? crypto.randomBytes(32).toString('hex');
  const sessions = new LaunchSessions(token);
  let port = 0;
  const cookieName = () => `kreds-session-${port}`;

  const authorized = (req: http.IncomingMessage): boolean =>
    sessions.isToken(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]) || sessions.hasSession(cookie(req, cookieName()));

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!allowedHost(req.headers.host, port)) return sendText(res, 421, 'Forkert værtsnavn');
    const target = parseTarget(req.url);
    if (!target.path.startsWith('/api/')) {
      const code = target.query.get('launch');
      return code === null ? serveStatic(options.rendererDir, target.path, res) : launch(code, req, res);
    }
    if (!allowedOrigin(req, port)) return sendJson(res, 403, { ok: false, error: { code: 'unauthorized', message: 'Forespørgslen kommer fra en anden side end Kreds' } });
    if (!authorized(req)) return sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: UNAUTHORIZED } });
    if (target.path === '/api/events' && req.method === 'GET') return streamEvents(options.host, req, res);
    if (target.path === '/api/contract' && req.method === 'GET') return sendJson(res, 200, describeContract());
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'invalid_input', message: 'Kun POST er tilladt' } });
    const input = await readJson(req);
    const result = await options.host.call(target.path.slice('/api/'.length), input, windowOrigin(req));
    sendJson(res, result.ok ? 200 : statusFor(result.error.code), result);
  };

  /** `/?launch=<code>`: a valid code opens a session (cookie) and the code dies; the link then drops it from the URL. */
  const launch = (code: string, req: http.IncomingMessage, res: http.ServerResponse): void => {
    const session = sessions.redeem(code);
    if (!session && !sessions.hasSession(cookie(req, cookieName()))) return sendText(res, 403, LAUNCH_PAGE, 'text/html; charset=utf-8');
    // The app lives at /; the browser keeps the link's #route across the redirect.
    const headers: http.OutgoingHttpHeaders = { Location: '/', 'Cache-Control': 'no-store' };
    if (session) headers['Set-Cookie'] = `${cookieName()}=${session}; HttpOnly; SameSite=Strict; Path=/`;
    res.writeHead(303, headers);
    res.end();
  };

  const refuse = (res: http.ServerResponse, error: unknown): void => {
    const known = error instanceof BadRequest;
    const status = known ? error.status : 500;
    options.log?.(`Kreds: afviste en forespørgsel (${status}): ${known ? error.message : ((error as Error)?.stack ?? String(error))}`);
    if (res.headersSent) return void res.destroy();
    sendJson(res, status, { ok: false, error: { code: known ? 'invalid_input' : 'internal', message: known ? error.message : 'Der skete en uventet fejl. Intet blev gemt.' } });
  };

  const server = http.createServer((req, res) => {
    res.on('error', () => undefined);
    handle(req, res).catch((error: unknown) => refuse(res, error));
  });
  // A request Node's parser cannot read at all: 400 and close, as Node does, without an unhandled error.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as { port: number }).port;
      resolve({
        server,
        port,
        token,
        launchUrl: () => `http://127.0.0.1:${port}/?launch=${sessions.mint()}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

const UNAUTHORIZED = 'Kreds kender ikke dette vindue. Åbn Kreds med det link, værten skrev, da den startede (hvert link virker én gang).';

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
  if (code.startsWith('db_') || code.startsWith('key_')) return 503;
  return 500;
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
