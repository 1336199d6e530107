import { addAuditTrailQuery, FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import './enums.ts';
import './skill-certificate.ts';
import './person.ts';
import './create-skill-certificate.ts';
import './revoke-skill-certificate.ts';

builder.queryType({});
builder.mutationType({});
// Evaluation's trail (certificates recorded and revoked) as Query.evaluationAuditEntries, to audit:read only.
addAuditTrailQuery(builder, { fieldName: 'evaluationAuditEntries', trail: 'evaluation' });

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
