import { HONOUR_KIND, HONOUR_STATUS } from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { HonourKind as StoredHonourKind, HonourStatus as StoredHonourStatus } from '../generated/prisma/enums.ts';

/** 荣誉类别 and 表彰状态: codes and words from @jining/rules; the database enums are checked against them at start. */
export const HonourKind = enumFromVocabulary(builder, HONOUR_KIND, { stored: StoredHonourKind });
export const HonourStatus = enumFromVocabulary(builder, HONOUR_STATUS, { stored: StoredHonourStatus });
