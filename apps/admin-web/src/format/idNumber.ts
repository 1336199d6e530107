/**
 * The directory subgraph masks resident ID numbers (身份证号) unless `reveal: true` is asked for, and the admin web
 * never asks. Masking again here is defence in depth: if a number ever arrives in clear, the screen still shows
 * only the first 6 (region) and last 4 characters.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.includes('*')) return idNumber; // already masked by the server
  if (idNumber.length <= 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}
