import { addAuditTrailQuery, FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import './county.ts';
import './organisation.ts';
import './person.ts';
import './reveal-id-number.ts';
import './payment-account.ts';

builder.queryType({});
builder.mutationType({});
// The directory's trail (reveals, people and units registered) as Query.auditEntries, to audit:read only.
addAuditTrailQuery(builder, { trail: 'directory' });

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
