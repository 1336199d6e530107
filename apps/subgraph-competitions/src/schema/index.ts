import { addAuditTrailQuery, addTargetsQuery, addWorkQuery, FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { COMPETITION_TARGETS } from '../domain/targets.ts';
import { COMPETITIONS_WORK } from '../domain/work.ts';
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
// T12 (city competitions a year) as Query.competitionsTargets(year), for the targets dashboard.
addTargetsQuery(builder, { fieldName: 'competitionsTargets', domain: '职业技能竞赛', sources: COMPETITION_TARGETS });
// Finished competitions waiting for their results, as Query.competitionsWork, for the admin web's 工作台.
addWorkQuery(builder, { fieldName: 'competitionsWork', domain: '职业技能竞赛', sources: COMPETITIONS_WORK });

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
