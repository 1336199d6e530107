import { addAuditTrailQuery, addTargetsQuery, FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { EVALUATION_TARGETS } from '../domain/targets.ts';
import './enums.ts';
import './skill-certificate.ts';
import './person.ts';
import './create-skill-certificate.ts';
import './revoke-skill-certificate.ts';
import './target-statistics.ts';

builder.queryType({});
builder.mutationType({});
// Evaluation's trail (certificates recorded and revoked) as Query.evaluationAuditEntries, to audit:read only.
addAuditTrailQuery(builder, { fieldName: 'evaluationAuditEntries', trail: 'evaluation' });
// The targets counted from certificates (T2, T4) as Query.evaluationTargets(year), for the targets dashboard.
addTargetsQuery(builder, { fieldName: 'evaluationTargets', domain: '技能评价', sources: EVALUATION_TARGETS });

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
