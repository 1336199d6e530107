/** Codes of the competitions and awards subgraphs' enums, in the mix a city's calendar has (codes, never labels). */
export const COMPETITION_TIERS_FOR_CITY = [
  'CITY_CATEGORY_2',
  'CITY_CATEGORY_2',
  'CITY_CATEGORY_1',
  'CITY_CATEGORY_1',
  'PROVINCIAL',
  'NATIONAL',
] as const;

export const HONOUR_KINDS_FOR_CITY = [
  'CRAFTSMAN',
  'CRAFTSMAN',
  'TECHNICAL_EXPERT',
  'HANDICRAFT_CRAFTSMAN',
  'SKILLS_CHAMPION',
  'GRAND_CRAFTSMAN',
  'CHIEF_TECHNICIAN',
] as const;

/** Gold, silver, bronze for the first three; 优秀奖 for the next five; nothing after. */
export const MEDAL_BY_RANK = (rank: number): string | null =>
  rank === 1 ? 'GOLD' : rank === 2 ? 'SILVER' : rank === 3 ? 'BRONZE' : rank <= 8 ? 'EXCELLENCE' : null;
