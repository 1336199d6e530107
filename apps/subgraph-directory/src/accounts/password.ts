import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt from Node's own crypto (OpenSSL's implementation): a memory-hard KDF, kept up to date
 * with Node itself, with no native add-on to build or approve. The cost is one of OWASP's scrypt settings
 * (N=2^15, r=8, p=3: 32 MiB and about a tenth of a second per check here); it is stored with each hash, so raising it
 * later re-hashes nobody by force: old hashes still verify, and `needsRehash` tells the caller to upgrade one at the
 * next successful sign-in.
 *
 * Format: `scrypt$<N>$<r>$<p>$<salt>$<hash>`, salt and hash in base64url.
 */
export const SCRYPT_COST = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/** Room for N·r·128 bytes plus OpenSSL's own overhead; Node's default 32 MiB is exactly N·r·128 and too tight. */
const maxmemFor = ({ N, r }: { N: number; r: number }) => 2 * 128 * N * r;

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: maxmemFor(cost) };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, SCRYPT_COST);
  const { N, r, p } = SCRYPT_COST;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface Parsed {
  cost: { N: number; r: number; p: number };
  salt: Buffer;
  key: Buffer;
}

/** Upper bounds on a stored cost, so a tampered row cannot make one sign-in allocate gigabytes. */
const MAX_N = 2 ** 20;
const MAX_RP = 64;

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const valid =
    Number.isInteger(N) &&
    N > 1 &&
    N <= MAX_N &&
    (N & (N - 1)) === 0 &&
    [r, p].every((n) => Number.isInteger(n) && n >= 1 && n <= MAX_RP);
  if (!valid) return null;
  return { cost: { N, r, p }, salt: Buffer.from(parts[4]!, 'base64url'), key: Buffer.from(parts[5]!, 'base64url') };
}

/** A hash that verifies nothing, compared against when the user does not exist, so both cases take as long. */
let decoy: Promise<string> | undefined;
const decoyHash = () => (decoy ??= hashPassword(randomBytes(24).toString('base64url')));

/**
 * Whether `password` matches `stored`. `stored` undefined (no such account) still costs one full derivation, so the
 * answer's timing does not say whether a username exists. A malformed stored hash verifies nothing.
 */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const parsed = parse(stored ?? (await decoyHash()));
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.cost);
  return stored !== undefined && key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** true when `stored` was made with another cost than today's: re-hash it after a successful sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return (
    !parsed || parsed.cost.N !== SCRYPT_COST.N || parsed.cost.r !== SCRYPT_COST.r || parsed.cost.p !== SCRYPT_COST.p
  );
}
