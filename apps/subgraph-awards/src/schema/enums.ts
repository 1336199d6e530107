import { COMPETITION_TIER, HONOUR_KIND, HONOUR_STATUS, OBJECTION_STATUS } from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import {
  CompetitionTier as StoredCompetitionTier,
  HonourKind as StoredHonourKind,
  HonourStatus as StoredHonourStatus,
  ObjectionStatus as StoredObjectionStatus,
} from '../generated/prisma/enums.ts';

/** 荣誉类别 and 表彰状态: codes and words from @jining/rules; the database enums are checked against them at start. */
export const HonourKind = enumFromVocabulary(builder, HONOUR_KIND, { stored: StoredHonourKind });
export const HonourStatus = enumFromVocabulary(builder, HONOUR_STATUS, { stored: StoredHonourStatus });
/** 竞赛级别 of the result a nomination rests on (技能状元, 技术能手). */
export const CompetitionTier = enumFromVocabulary(builder, COMPETITION_TIER, { stored: StoredCompetitionTier });
/** 公示异议处理状态. */
export const ObjectionStatus = enumFromVocabulary(builder, OBJECTION_STATUS, { stored: StoredObjectionStatus });
