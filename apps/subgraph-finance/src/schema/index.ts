import { addAuditTrailQuery, addWorkQuery, FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { FINANCE_WORK } from '../domain/work.ts';
import './cost-share.ts';
import './entitlement.ts';
import './fact.ts';
import './fact-feed.ts';
import './review.ts';
import './budget.ts';
import './publicity.ts';
import './payment.ts';
import './reports.ts';
import './person.ts';
import './organisation.ts';
// 二(四) R4: the education-surcharge credit ledger per enterprise and tax year.
import './tax-credit.ts';

builder.queryType({});
builder.mutationType({});
// Finance's trail (review steps, publicity, objections, payments, budgets) as Query.financeAuditEntries, to
// audit:read only. What the fact feed decides is in each entitlement's history, written by the service account.
addAuditTrailQuery(builder, { fieldName: 'financeAuditEntries', trail: 'finance' });
// Finance's queues as the caller's waiting work, as Query.financeWork, for the admin web's 工作台.
addWorkQuery(builder, { fieldName: 'financeWork', domain: '资金', sources: FINANCE_WORK });

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
