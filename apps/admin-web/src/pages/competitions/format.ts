/** 举办日期 as staff read it: one day, or from … to …; a dash when none was recorded. */
export const competitionDates = (c: { heldOn?: string | null; endsOn?: string | null }) =>
  c.heldOn ? (c.endsOn && c.endsOn !== c.heldOn ? `${c.heldOn} 至 ${c.endsOn}` : c.heldOn) : '—';
