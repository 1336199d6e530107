import { addAuditTrailQuery, addTargetsQuery, addWorkQuery, FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { AWARDS_TARGETS } from '../domain/targets.ts';
import { AWARDS_WORK } from '../domain/work.ts';
import './honour.ts';
import './person.ts';
import './year.ts';

builder.queryType({});
builder.mutationType({});
// The honours' trail (every step of every honour, H5 measures) as Query.awardsAuditEntries, to audit:read only.
addAuditTrailQuery(builder, { fieldName: 'awardsAuditEntries', trail: 'awards' });
// T13–T15 (honours a year) as Query.awardsTargets(year), for the targets dashboard.
addTargetsQuery(builder, { fieldName: 'awardsTargets', domain: '表彰', sources: AWARDS_TARGETS });
// The honours waiting for the caller, as Query.awardsWork, for the admin web's 工作台.
addWorkQuery(builder, { fieldName: 'awardsWork', domain: '表彰', sources: AWARDS_WORK });

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
