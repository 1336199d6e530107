import { ENTITLEMENT_STATUS, FACT_OUTCOME, PAYER, STACKING } from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import {
  EntitlementStatus as StoredStatus,
  FactOutcome as StoredOutcome,
  Payer as StoredPayer,
  Stacking as StoredStacking,
} from '../generated/prisma/enums.ts';

/** 出资方, 待遇状态, 享受方式, 事实核定结果: codes and words from @jining/rules; the database enums are checked against them. */
export const Payer = enumFromVocabulary(builder, PAYER, { stored: StoredPayer });
export const EntitlementStatus = enumFromVocabulary(builder, ENTITLEMENT_STATUS, { stored: StoredStatus });
export const Stacking = enumFromVocabulary(builder, STACKING, { stored: StoredStacking });
export const FactOutcome = enumFromVocabulary(builder, FACT_OUTCOME, { stored: StoredOutcome });
