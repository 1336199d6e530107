/**
 * A person's name as a publicity list shows it (公示名单): the surname and the last character, the rest hidden —
 * 王建国 → 王*国, 李红 → 李*, 欧阳小明 → 欧**明 — so the people concerned and their colleagues recognise the entry
 * while a passer-by of the printed list does not learn the whole name. Unit names are public and stay whole.
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
