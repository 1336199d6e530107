// What crosses the wire (principal, signature headers, error codes, dev accounts) and how GraphQL is served
// (HTTP integration, coded errors) live in their own packages, which the gateway uses without the kit.
// Subgraphs keep importing every name from here.
export * from '@jining/protocol';
export * from '@jining/graphql-server';
export * from './builder.ts';
export * from './context.ts';
export * from './scalars.ts';
export * from './schema-file.ts';
export * from './subgraph.ts';
export * from './validate.ts';
export * from './directory-refs.ts';
export * from './batch.ts';
export * from './unique.ts';
export * from './vocabulary.ts';
export * from './connection.ts';
export * from './duties.ts';
export * from './transitions.ts';
export * from './outbox.ts';
export * from './service-nonces.ts';
export * from './feed-route.ts';
export * from './fact-feed.ts';
export * from './fact-cursor.ts';
export * from './fact-loop.ts';
export * from './references.ts';
export * from './competition-results.ts';
export * from './audit.ts';
export * from './audit-schema.ts';
export * from './clock.ts';
export * from './lock.ts';
export * from './dev-clock.ts';
export * from './import.ts';
export * from './targets-schema.ts';
export * from './work-schema.ts';
