import { ENTITLEMENT_STATUS, PAYER } from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { EntitlementStatus as StoredStatus, Payer as StoredPayer } from '../generated/prisma/enums.ts';

/** 出资方 and 待遇状态: codes and words from @jining/rules; the database enums are checked against them at start. */
export const Payer = enumFromVocabulary(builder, PAYER, { stored: StoredPayer });
export const EntitlementStatus = enumFromVocabulary(builder, ENTITLEMENT_STATUS, { stored: StoredStatus });
