import { RuleInputError } from './errors.ts';
import type { Payer } from './payers.ts';
import { PAYERS } from './payers.ts';

/**
 * Money is integer fen (分) in safe-integer numbers: exact, fast, and far above any amount this
 * policy pays (Number.MAX_SAFE_INTEGER fen ≈ 90 trillion yuan).
 */
export type Fen = number;

export const yuanToFen = (yuan: number): Fen => yuan * 100;

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function assertFen(value: unknown, field: string): Fen {
  if (!isFen(value)) {
    throw new RuleInputError(
      'RULES_INVALID_AMOUNT',
      field,
      `金额无效：${field} = ${JSON.stringify(value)}（应为以“分”为单位的非负整数）`,
      `Invalid amount in ${field}: ${JSON.stringify(value)} (expected a non-negative integer number of fen)`,
    );
  }
  return value;
}

/** '2,000元', '1,234.56元' — for the Chinese trace sentences. */
export function formatYuan(fen: Fen): string {
  const yuan = Math.trunc(fen / 100);
  const rest = fen % 100;
  const whole = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rest === 0 ? `${whole}元` : `${whole}.${String(rest).padStart(2, '0')}元`;
}

export interface PayerShare {
  readonly payer: Payer;
  readonly amountFen: Fen;
}

/** A cost-sharing ratio as whole parts, e.g. 市、县 5:5 → [{CITY,5},{COUNTY,5}]. */
export interface PayerParts {
  readonly payer: Payer;
  readonly parts: number;
}

const PAYER_ORDER: Readonly<Record<Payer, number>> = { CITY: 0, COUNTY: 1, UNION: 2, TAX: 3 };

/**
 * Splits `amountFen` by whole parts so the shares add up to the amount exactly.
 * Largest remainder; leftover fen go to the payer that comes first in PAYERS order
 * (CITY, COUNTY, UNION, TAX) among equal remainders — so in a 5:5 split of an odd amount
 * the city pays the extra fen (Reading READING_SPLIT_ODD_FEN).
 */
export function splitFen(amountFen: Fen, split: readonly PayerParts[]): PayerShare[] {
  if (split.length === 1) {
    const only = split[0]!;
    return [{ payer: only.payer, amountFen }];
  }
  let total = 0;
  for (const s of split) total += s.parts;
  // amount * parts stays exact while below 2^53; beyond that fall back to bigint.
  const exact = amountFen * total <= Number.MAX_SAFE_INTEGER;
  const shares: { payer: Payer; amountFen: number; rem: number }[] = [];
  let given = 0;
  for (const s of split) {
    let q: number;
    let r: number;
    if (exact) {
      const n = amountFen * s.parts;
      q = Math.floor(n / total);
      r = n - q * total;
    } else {
      const n = BigInt(amountFen) * BigInt(s.parts);
      q = Number(n / BigInt(total));
      r = Number(n % BigInt(total));
    }
    shares.push({ payer: s.payer, amountFen: q, rem: r });
    given += q;
  }
  let leftover = amountFen - given;
  if (leftover > 0) {
    const order = shares
      .map((s, i) => i)
      .sort((a, b) => shares[b]!.rem - shares[a]!.rem || PAYER_ORDER[shares[a]!.payer] - PAYER_ORDER[shares[b]!.payer]);
    for (let k = 0; leftover > 0; k = (k + 1) % order.length, leftover--) shares[order[k]!]!.amountFen += 1;
  }
  return shares.map((s) => ({ payer: s.payer, amountFen: s.amountFen }));
}

/** Fast path for the policy's 5:5 city/county split (most rules): city takes the odd fen. */
export function splitHalfCityCounty(amountFen: Fen): PayerShare[] {
  const county = Math.floor(amountFen / 2);
  return [
    { payer: 'CITY', amountFen: amountFen - county },
    { payer: 'COUNTY', amountFen: county },
  ];
}

export function isHalfCityCounty(split: readonly PayerParts[]): boolean {
  return (
    split.length === 2 &&
    split[0]!.payer === 'CITY' &&
    split[1]!.payer === 'COUNTY' &&
    split[0]!.parts === split[1]!.parts
  );
}

export function splitBy(amountFen: Fen, split: readonly PayerParts[]): PayerShare[] {
  return isHalfCityCounty(split) ? splitHalfCityCounty(amountFen) : splitFen(amountFen, split);
}

export { PAYERS };
