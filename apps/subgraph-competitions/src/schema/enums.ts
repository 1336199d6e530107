import { COMPETITION_TIER, MEDAL } from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { CompetitionTier as StoredTier, Medal as StoredMedal } from '../generated/prisma/enums.ts';

/** 竞赛级别 and 奖次: codes and words from @jining/rules; the database enums are checked against them at start. */
export const CompetitionTier = enumFromVocabulary(builder, COMPETITION_TIER, { stored: StoredTier });
export const Medal = enumFromVocabulary(builder, MEDAL, { stored: StoredMedal });
