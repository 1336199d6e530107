import { FEDERATION_SCHEMA_OPTIONS } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import './enums.ts';
import './skill-certificate.ts';
import './person.ts';
import './create-skill-certificate.ts';
import './revoke-skill-certificate.ts';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema(FEDERATION_SCHEMA_OPTIONS);
