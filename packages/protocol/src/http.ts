import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The plain-Node HTTP pieces both ends use around GraphQL: extra routes (health, login …), JSON answers, bounded
 * request bodies, and the refusal that becomes a coded `{ errors: [{ message, extensions: { code } }] }` body.
 */
export interface Route {
  (req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean>;
}

/** Thrown from `context` to answer with a plain HTTP error and a coded GraphQL-shaped body. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** A finer code than `code` (e.g. GATEWAY_SIGNATURE_EXPIRED), sent as `extensions.reason`. */
    readonly reason?: string,
    /** Extra response headers, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The request body's exact bytes (what a signature's body digest covers), refused with 413 beyond the limit. */
export async function readBodyBytes(req: IncomingMessage, limitBytes = 2 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new HttpRefusal(413, 'PAYLOAD_TOO_LARGE', '请求体过大');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readBody(req: IncomingMessage, limitBytes = 2 * 1024 * 1024): Promise<string> {
  return (await readBodyBytes(req, limitBytes)).toString('utf8');
}
