import { COUNTY_KIND, GENDER, ORGANISATION_KIND, SKILL_LEVEL } from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import {
  CountyKind as StoredCountyKind,
  Gender as StoredGender,
  OrganisationKind as StoredOrganisationKind,
} from '../generated/prisma/enums.ts';

/** The directory's kinds: codes and words from @jining/rules; the database enums are checked against them at start. */
export const Gender = enumFromVocabulary(builder, GENDER, { stored: StoredGender });
export const CountyKind = enumFromVocabulary(builder, COUNTY_KIND, { stored: StoredCountyKind });
export const OrganisationKind = enumFromVocabulary(builder, ORGANISATION_KIND, { stored: StoredOrganisationKind });

/**
 * 新“八级工” (四(十)), evaluation's ladder: the directory takes it only as the people list's level filter (its ranks are
 * kept in the level read model), so the enum is the same as evaluation's, from the same vocabulary.
 */
export const SkillLevel = enumFromVocabulary(builder, SKILL_LEVEL);
