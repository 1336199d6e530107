import { addAuditTrailQuery, FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import './competition.ts';
import './competition-result.ts';
import './competition-team.ts';
import './year.ts';
import './college-prize.ts';
import './skill-award.ts';
import './person.ts';
import './organisation.ts';

builder.queryType({});
builder.mutationType({});
// Competitions' trail (competitions and results recorded) as Query.competitionsAuditEntries, to audit:read only.
addAuditTrailQuery(builder, { fieldName: 'competitionsAuditEntries', trail: 'competitions' });

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
