import { Kind, print, valueFromASTUntyped, type GraphQLSchema, type ValueNode } from 'graphql';
import { InvalidValue } from '@jining/graphql-server/errors';
import { checkFen, checkIsoDate, type ScalarCheck } from '@jining/protocol/scalars';

/**
 * The supergraph names the subgraphs' custom scalars (`Date`, `Fen`) but carries no code for them, so the gateway's
 * schema would accept any value and pass it on; the subgraph then refuses it, but only when its part of the operation
 * runs — after another mutation field of the same operation may already have been written elsewhere.
 *
 * This teaches the gateway's own schema the same wire formats (@jining/protocol's checks, which the subgraph kit's
 * scalars use too): a bad value in a variable or a literal stops the whole operation at the edge as BAD_USER_INPUT
 * (the shared formatError names the field), before any subgraph is called. The value itself is passed on unchanged;
 * the subgraph still parses it (it stays the authority on its own input).
 */
const CHECKS: Record<string, (value: unknown) => ScalarCheck<unknown>> = {
  Date: checkIsoDate,
  Fen: checkFen,
};

/** A literal's value as the check sees it: its text for numbers and strings, the printed literal otherwise. */
function literal(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING) return ast.value;
  if (ast.kind === Kind.INT) return ast.value;
  return print(ast);
}

export function checkScalarsAtEdge(schema: GraphQLSchema): void {
  for (const [name, check] of Object.entries(CHECKS)) {
    const type = schema.getType(name);
    if (!type || !('parseValue' in type) || !('parseLiteral' in type)) continue;
    const refuse = (checked: Extract<ScalarCheck<unknown>, { ok: false }>) =>
      new InvalidValue(checked.message, { reason: checked.reason, messageEn: checked.messageEn });
    type.parseValue = (value: unknown) => {
      const checked = check(value);
      if (!checked.ok) throw refuse(checked);
      return value;
    };
    type.parseLiteral = (ast: ValueNode, variables?: { [key: string]: unknown } | null) => {
      const checked = check(literal(ast));
      if (!checked.ok) throw refuse(checked);
      return valueFromASTUntyped(ast, variables);
    };
  }
}
