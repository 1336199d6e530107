import { FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import './honour.ts';
import './person.ts';
import './year.ts';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
