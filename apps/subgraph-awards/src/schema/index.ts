import { addAuditTrailQuery, FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import './honour.ts';
import './person.ts';
import './year.ts';

builder.queryType({});
builder.mutationType({});
// The honours' trail (every step of every honour, H5 measures) as Query.awardsAuditEntries, to audit:read only.
addAuditTrailQuery(builder, { fieldName: 'awardsAuditEntries', trail: 'awards' });

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
