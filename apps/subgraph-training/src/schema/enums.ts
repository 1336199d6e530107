import { STUDIO_LEVEL } from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { StudioLevel as StoredStudioLevel } from '../generated/prisma/enums.ts';

/** 工作室（站）级别 (二(六)): from @jining/rules; the database enum is checked against it at start. */
export const StudioLevel = enumFromVocabulary(builder, STUDIO_LEVEL, { stored: StoredStudioLevel });
