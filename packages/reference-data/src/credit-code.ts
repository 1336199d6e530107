/**
 * 统一社会信用代码 GB 32100-2015: 18 characters from a 31-symbol alphabet (no I, O, Z, S, V);
 * the last is a MOD 31 check character.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function isValidCreditCode(raw: string): boolean {
  const code = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/** Builds a valid code (demo data and tests): registration authority 9 (工商), kind 1 (enterprise), area, serial. */
export function makeCreditCode(areaCode: string, serial: number, prefix = '91'): string {
  const body = `${prefix}${areaCode}${String(serial).padStart(9, '0')}`;
  return body + creditCodeCheckChar(body);
}
