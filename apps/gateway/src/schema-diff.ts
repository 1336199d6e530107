import { printSchema as printFederationSchema, Supergraph } from '@apollo/federation-internals';
import {
  buildSchema,
  findBreakingChanges,
  findDangerousChanges,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';

/**
 * What clients would notice between two supergraphs: the diff is taken on the API schemas (what the gateway
 * exposes), not on the supergraph SDL, whose join__ metadata changes without any client seeing it.
 */
export interface SchemaChange {
  type: string;
  description: string;
}

export interface SchemaDiff {
  /** Would break existing operations (removed field, changed type, new required argument …). */
  breaking: SchemaChange[];
  /** Valid operations keep working but may behave differently (new enum value, new optional argument …). */
  dangerous: SchemaChange[];
  /** Pure additions: new types and fields. */
  safe: SchemaChange[];
}

/**
 * Printed and rebuilt with this module's graphql rather than `toGraphQLJSSchema()`: the Apollo packages load
 * graphql's CommonJS build, and a bundler (vitest) may give this module the ESM one; graphql-js's checks are
 * `instanceof`, so a schema must not cross between the two.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildSchema(printFederationSchema(Supergraph.build(supergraphSdl).apiSchema()));
}

export function diffApiSchemas(before: GraphQLSchema, after: GraphQLSchema): SchemaDiff {
  return {
    breaking: findBreakingChanges(before, after).map(({ type, description }) => ({ type, description })),
    dangerous: findDangerousChanges(before, after).map(({ type, description }) => ({ type, description })),
    safe: findAdditions(before, after),
  };
}

export const diffSupergraphs = (beforeSdl: string, afterSdl: string): SchemaDiff =>
  diffApiSchemas(apiSchemaOf(beforeSdl), apiSchemaOf(afterSdl));

/**
 * graphql-js lists only breaking and dangerous changes; additions are the remaining safe ones a reviewer wants to see.
 * New input fields and arguments are left out here: graphql-js already classes them (required = breaking,
 * optional = dangerous).
 */
function findAdditions(before: GraphQLSchema, after: GraphQLSchema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const oldTypes = before.getTypeMap();
  for (const type of Object.values(after.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    const old = oldTypes[type.name];
    if (!old) {
      changes.push({ type: 'TYPE_ADDED', description: `${type.name} was added.` });
      continue;
    }
    if ((isObjectType(type) && isObjectType(old)) || (isInterfaceType(type) && isInterfaceType(old))) {
      const oldFields = old.getFields();
      for (const field of Object.keys(type.getFields())) {
        if (!oldFields[field]) changes.push({ type: 'FIELD_ADDED', description: `${type.name}.${field} was added.` });
      }
    }
  }
  return changes;
}

export function formatSchemaDiff(diff: SchemaDiff): string {
  const lines = [
    `API schema changes: ${diff.breaking.length} breaking, ${diff.dangerous.length} dangerous, ${diff.safe.length} safe`,
    ...diff.breaking.map((c) => `  ✗ BREAKING   ${c.type}: ${c.description}`),
    ...diff.dangerous.map((c) => `  ⚠ DANGEROUS  ${c.type}: ${c.description}`),
    ...diff.safe.map((c) => `  ✓ SAFE       ${c.type}: ${c.description}`),
  ];
  return lines.join('\n');
}
