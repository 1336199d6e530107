import { COUNTY_KIND, GENDER, ORGANISATION_KIND } from '@jining/rules';
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
