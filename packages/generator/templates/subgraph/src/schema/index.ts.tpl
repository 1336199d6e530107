import { FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import './__FILE__.ts';
import './person.ts';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
