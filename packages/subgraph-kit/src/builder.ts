import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { badInput, forbidden, unauthenticated } from '@jining/graphql-server/errors';
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
}

/**
 * The builder factory: federation + directives + prisma + relay + scope-auth + validation + dataloader, configured once.
 * Dataloader batches per-entity fields (Person.certificates for 50 people = one SQL statement).
 * Plugin order matters: auth wraps resolvers before federation adds `_entities` (Pothos' federation docs).
 */
export function createBuilder<PrismaTypes extends object, Client>({ dmmf }: CreateBuilderOptions) {
  const builder = new SchemaBuilder<KitSchemaTypes<PrismaTypes, Client>>({
    plugins: [
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
