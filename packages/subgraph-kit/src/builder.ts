import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { badInput, forbidden, unauthenticated } from '@jining/graphql-server/errors';
import { queryLimitError, queryLimitsFromEnv, type QueryLimits } from '@jining/graphql-server/limits';
import { hasPermission, type Permission } from '@jining/protocol/principal';
import type { SubgraphContext } from './context.ts';
import { DateScalar, FenScalar } from './scalars.ts';

/** The Pothos type parameters shared by every subgraph; only the Prisma types and client differ. */
export interface KitSchemaTypes<PrismaTypes extends object, Client> {
  PrismaTypes: PrismaTypes;
  Context: SubgraphContext<Client>;
  AuthScopes: { authenticated: boolean; permission: Permission };
  Scalars: {
    Date: { Input: Date; Output: Date | string };
    Fen: { Input: bigint; Output: bigint | number };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

export interface CreateBuilderOptions {
  /** `getDatamodel()` from the subgraph's generated pothos-prisma-types. */
  dmmf: unknown;
  /** Default: the platform's query limits from the environment (`@jining/graphql-server/limits`). */
  limits?: QueryLimits;
}

/** A connection asked for without `first` / `last` serves Pothos' default page of 20. */
const DEFAULT_PAGE_SIZE = 20;
/** What a list that says nothing of its size is assumed to hold, per parent, in the complexity estimate. */
const LIST_MULTIPLIER = 10;

/**
 * The complexity of one field (Pothos' complexity plugin): 1, and what it selects multiplied by how many it returns —
 * a connection by its page size, `_entities` by the representations the gateway sent, a connection's `edges` by 1 (the
 * connection counted the page), any other list by 10. `competition { results { competition { results … } } } }` grows
 * tenfold per level and is refused long before it could load millions of rows.
 */
export function fieldComplexity(args: Record<string, unknown>, field: { name: string; type: { toString(): string } }) {
  // Read from the type's SDL form (`[Honour!]!`): the schema's classes may come from another copy of graphql than
  // this module's (CommonJS under Node, ESM under vite), so no instanceof-based helper is used.
  const sdl = String(field.type);
  const named = sdl.replace(/[[\]!]/g, '');
  const isList = sdl.startsWith('[');
  if (field.name === '_entities') {
    const representations = args.representations;
    return { field: 1, multiplier: Array.isArray(representations) ? representations.length : LIST_MULTIPLIER };
  }
  if (named.endsWith('Connection')) {
    const page = typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : undefined;
    return { field: 1, multiplier: page ?? DEFAULT_PAGE_SIZE };
  }
  if (field.name === 'edges' && named.endsWith('Edge')) return { field: 1, multiplier: 1 };
  return isList ? { field: 1, multiplier: LIST_MULTIPLIER } : 1;
}

/**
 * The builder factory: complexity + scope-auth + prisma + relay + validation + dataloader + directives + federation,
 * configured once. Dataloader batches per-entity fields (Person.certificates for 50 people = one SQL statement).
 * Complexity (list-multiplied, `maxComplexity` of the query limits) is checked first, before authorisation or any
 * resolver. Plugin order matters: auth wraps resolvers before federation adds `_entities` (Pothos' federation docs).
 */
export function createBuilder<PrismaTypes extends object, Client>({
  dmmf,
  limits = queryLimitsFromEnv(),
}: CreateBuilderOptions) {
  const builder = new SchemaBuilder<KitSchemaTypes<PrismaTypes, Client>>({
    plugins: [
      ComplexityPlugin,
      ScopeAuthPlugin,
      PrismaPlugin,
      RelayPlugin,
      ValidationPlugin,
      DataloaderPlugin,
      DirectivesPlugin,
      FederationPlugin,
    ],
    // Fields are non-null unless they say otherwise: the schema states what is always there.
    defaultFieldNullability: false,
    prisma: {
      client: (ctx: SubgraphContext<Client>) => ctx.prisma as never,
      dmmf: dmmf as never,
      exposeDescriptions: true,
      filterConnectionTotalCount: true,
      onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
      // The page-size limit refuses a larger `first` before any resolver runs; this only keeps Pothos' own clamp equal.
      maxConnectionSize: limits.maxPageSize,
    },
    complexity: {
      fieldComplexity: (args, _ctx, field) => fieldComplexity(args as Record<string, unknown>, field),
      limit: { complexity: limits.maxComplexity },
      // Only the complexity is limited here (depth and breadth are the query limits' own, checked before).
      complexityError: (_kind, result) =>
        queryLimitError('QUERY_TOO_COMPLEX', limits.maxComplexity, Math.ceil(result.complexity)),
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      edgesFieldOptions: { nullable: false },
      nodeFieldOptions: { nullable: false },
      // Every subgraph defines the same PageInfo: federation 2 needs it marked shareable to compose.
      pageInfoTypeOptions: { shareable: true } as never,
    },
    scopeAuth: {
      authScopes: (ctx) => ({
        authenticated: !!ctx.principal,
        permission: (permission: Permission) => hasPermission(ctx.principal, permission),
      }),
      unauthorizedError: (_parent, ctx) => (ctx.principal ? forbidden() : unauthenticated()),
    },
    validation: {
      validationError: (result) => {
        const issue = result.issues[0];
        const field = issue?.path?.map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.');
        return badInput(issue?.message ?? '输入无效', { field: field || undefined, reason: 'VALIDATION_FAILED' });
      },
    },
  });
  builder.addScalarType('Date', DateScalar);
  builder.addScalarType('Fen', FenScalar);
  return builder;
}

/** The federation spec every subgraph links, and the directives it imports (`@extends` marks directory entities elsewhere). */
export const FEDERATION_SCHEMA_OPTIONS = {
  linkUrl: 'https://specs.apollo.dev/federation/v2.6',
  federationDirectives: ['@key', '@shareable', '@external', '@requires', '@provides', '@extends'],
};
