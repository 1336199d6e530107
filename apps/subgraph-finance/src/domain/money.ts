/**
 * Fen (分) in words for staff: ¥1,500.00. Exact on bigint (no float ever touches money); negative amounts keep their
 * sign (a difference in reconciliation can be either way).
 */
export function yuan(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** The sum of a list of fen. */
export const sumFen = (amounts: Iterable<bigint>): bigint => {
  let total = 0n;
  for (const a of amounts) total += a;
  return total;
};
