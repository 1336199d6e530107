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

/** The largest request body either end reads (2 MiB): far more than any query within the query limits. */
export const DEFAULT_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * The request body's exact bytes (what a signature's body digest covers), at most `limitBytes`. A larger one is
 * refused with 413 PAYLOAD_TOO_LARGE only after the rest has been read and dropped (up to 8 × the limit), so the
 * caller gets a clean answer on an intact connection instead of a reset in the middle of its upload. Past that the
 * connection is cut.
 */
export async function readBodyBytes(req: IncomingMessage, limitBytes = DEFAULT_BODY_LIMIT_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes * 8) break; // leaving the loop destroys the request: the connection is cut
    if (size <= limitBytes) chunks.push(chunk as Buffer);
  }
  if (size > limitBytes) {
    const limit =
      limitBytes >= 1024 * 1024 ? `${limitBytes / (1024 * 1024)} MB` : `${Math.round(limitBytes / 1024)} KB`;
    throw new HttpRefusal(413, 'PAYLOAD_TOO_LARGE', `请求体过大（上限 ${limit}）`);
  }
  return Buffer.concat(chunks);
}

export async function readBody(req: IncomingMessage, limitBytes = DEFAULT_BODY_LIMIT_BYTES): Promise<string> {
  return (await readBodyBytes(req, limitBytes)).toString('utf8');
}
