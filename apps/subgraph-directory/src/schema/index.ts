import { builder } from '../builder.ts';
import './county.ts';
import './organisation.ts';
import './person.ts';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema({
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@requires', '@provides'],
});
