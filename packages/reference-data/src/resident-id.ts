/**
 * 公民身份号码 GB 11643-1999: 6-digit area code, 8-digit birth date, 3-digit sequence (odd = male),
 * 1 check character (ISO 7064 MOD 11-2, 'X' for 10).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export interface ResidentId {
  idNumber: string;
  areaCode: string;
  birthDate: string; // YYYY-MM-DD
  gender: 'MALE' | 'FEMALE';
}

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Parses and validates a resident ID number; `today` bounds the birth date (no one is born in the future). */
export function parseResidentId(
  raw: string,
  today = new Date(),
): { ok: true; value: ResidentId } | { ok: false; problem: ResidentIdProblem } {
  const idNumber = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, problem: 'FORMAT' };
  const y = Number(idNumber.slice(6, 10));
  const m = Number(idNumber.slice(10, 12));
  const d = Number(idNumber.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (
    y < 1900 ||
    birth.getUTCFullYear() !== y ||
    birth.getUTCMonth() !== m - 1 ||
    birth.getUTCDate() !== d ||
    birth > today
  ) {
    return { ok: false, problem: 'BIRTH_DATE' };
  }
  if (residentIdCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) return { ok: false, problem: 'CHECK_DIGIT' };
  return {
    ok: true,
    value: {
      idNumber,
      areaCode: idNumber.slice(0, 6),
      birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
      gender: Number(idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    },
  };
}

/** Masked for display: area code and last four kept (370811********123X), as staff screens usually show it. */
export const maskResidentId = (idNumber: string): string =>
  idNumber.length === 18 ? `${idNumber.slice(0, 6)}********${idNumber.slice(14)}` : '*'.repeat(idNumber.length);

/** Builds a valid ID number (demo data and tests). `sequence` 0–999; its parity decides the gender. */
export function makeResidentId(areaCode: string, birthDate: string, sequence: number): string {
  const first17 = `${areaCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}
