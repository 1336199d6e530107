import { addAuditTrailQuery, addTargetsQuery, addWorkQuery, FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { TRAINING_TARGETS } from '../domain/targets.ts';
import { TRAINING_WORK } from '../domain/work.ts';
// One file per domain concept; order classes, subsidised training and college majors join here as
// they arrive.
import './master-studio.ts';
import './studio-workflow.ts';
import './craftsman-college.ts';
import './college-workflow.ts';
import './person.ts';
import './organisation.ts';
// 三(九) graduate hiring (R15 / R16).
import './graduate-hiring.ts';
import './graduate-hiring-refs.ts';
// 六 and 三(八): enterprises' yearly compliance reports, checked by the rules.
import './compliance.ts';
// 二(二) new-type apprenticeships (R2, T5): the counties' rates, the agreements and their years.
import './apprenticeship-rate.ts';
import './apprenticeship.ts';
import './apprenticeship-refs.ts';
// 二(四) order classes (R5): the agreements and the enterprises' yearly hiring reports.
import './order-class.ts';
// 二(四) R4: pilot enterprises' investment in vocational education, per tax year (finance keeps the credit ledger).
import './education-investment.ts';
import './apprenticeship-target.ts';
// 二(五) subsidised vocational training (R6, T9): the catalogue, the classes and their rosters.
import './subsidised-training.ts';
import './completion-revocation.ts';
// 二(三) colleges' majors and courses (R3, T6–T8).
import './college-major.ts';

builder.queryType({});
builder.mutationType({});
// Training's trail (every step of every studio and craftsman college) as Query.trainingAuditEntries, to audit:read only.
addAuditTrailQuery(builder, { fieldName: 'trainingAuditEntries', trail: 'training' });
// T5 (apprentices), T6–T8 (colleges' majors and courses), T9 (subsidised training person-times), T10 (city studios a
// year) and T11 (craftsman colleges) as Query.trainingTargets(year), for the targets dashboard.
addTargetsQuery(builder, { fieldName: 'trainingTargets', domain: '技能培训', sources: TRAINING_TARGETS });
// The work waiting in training's records for the caller, as Query.trainingWork, for the admin web's 工作台.
addWorkQuery(builder, { fieldName: 'trainingWork', domain: '技能培训', sources: TRAINING_WORK });

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
