import { FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
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

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
