/**
 * The directory subgraph always masks resident ID numbers (身份证号) in `Person.idNumber`; the full number comes only
 * from the audited `revealIdNumber` mutation, shown in its modal and never written into a page's data. Masking again here is defence in depth: if a number ever arrives in clear, the screen still shows
 * only the first 6 (region) and last 4 characters.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.includes('*')) return idNumber; // already masked by the server
  if (idNumber.length <= 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}
