import { formatFen, type FenInput } from '../format/money';

/** A fen amount as yuan, in tabular digits so columns of amounts line up. */
export function Money({ fen }: { fen: FenInput | null | undefined }) {
  return <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{formatFen(fen)}</span>;
}
