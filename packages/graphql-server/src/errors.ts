import { GraphQLError, Kind, parse, type DocumentNode, type GraphQLFormattedError, type ValueNode } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode } from '@jining/protocol/errors';
import { tokenLimitRefusal } from './limits.ts';

// The coded GraphQL errors both ends throw and format; the codes themselves (ErrorCode) are the protocol's.

export interface KitErrorOptions {
  /** English text for logs and programs; the main message is Chinese, for staff. */
  messageEn?: string;
  /** The input field the error is about, e.g. `input.idNumber`. */
  field?: string;
  /** A finer code than `code`, e.g. `INVALID_ID_NUMBER`. */
  reason?: string;
  /** Where in the response it belongs (the gateway's errors for the fields a failed subgraph could not fill). */
  path?: readonly (string | number)[];
}

/** A coded, readable error: thrown by resolvers and formatted for clients without a stack trace. */
export class KitError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options: KitErrorOptions = {}) {
    super(message, {
      ...(options.path ? { path: options.path } : {}),
      extensions: {
        code,
        ...(options.reason ? { reason: options.reason } : {}),
        ...(options.field ? { field: options.field } : {}),
        ...(options.messageEn ? { messageEn: options.messageEn } : {}),
      },
    });
    this.code = code;
  }

  /** The same error (code, reason, every extension) at `path` in the response. */
  at(path: readonly (string | number)[]): KitError {
    const moved = new KitError(this.code, this.message, { path });
    Object.assign(moved.extensions, this.extensions);
    return moved;
  }
}

export const badInput = (message: string, options: KitErrorOptions = {}) =>
  new KitError(ErrorCode.BAD_USER_INPUT, message, options);

/**
 * What a custom scalar's parser throws for a value it refuses (the kit's Date and Fen, the gateway's edge checks):
 * a coded BAD_USER_INPUT once formatted. Deliberately not a GraphQLError: graphql-js then wraps it with the place the
 * value was found (a variable's path, a literal's location), and formatError turns that place into the field's name.
 */
export class InvalidValue extends Error {
  override name = 'InvalidValue';
  readonly extensions: { code: ErrorCode; reason?: string; messageEn?: string };
  constructor(message: string, options: { reason?: string; messageEn?: string } = {}) {
    super(message);
    this.extensions = { code: ErrorCode.BAD_USER_INPUT, ...options };
  }
}
export const notFound = (what: string, id: string) =>
  new KitError(ErrorCode.NOT_FOUND, `未找到${what}：${id}`, {
    messageEn: `${what} not found: ${id}`,
    reason: 'NOT_FOUND',
  });
export const unauthenticated = () =>
  new KitError(ErrorCode.UNAUTHENTICATED, '请先登录', { messageEn: 'Authentication required' });
export const forbidden = (messageEn = 'Not allowed for this account') =>
  new KitError(ErrorCode.FORBIDDEN, '当前账号无权执行此操作', { messageEn });

/** Prisma's known request errors that are the caller's fault, mapped to codes. */
function fromPrismaError(error: unknown): GraphQLFormattedError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'P2002') {
    return {
      message: '记录已存在，不能重复登记',
      extensions: {
        code: ErrorCode.CONFLICT,
        reason: 'UNIQUE_VIOLATION',
        messageEn: 'A record with the same key already exists',
      },
    };
  }
  if (code === 'P2003') {
    return {
      message: '引用的记录不存在',
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'FOREIGN_KEY_VIOLATION',
        messageEn: 'A referenced record does not exist',
      },
    };
  }
  if (code === 'P2025') {
    return {
      message: '记录不存在',
      extensions: { code: ErrorCode.NOT_FOUND, reason: 'NOT_FOUND', messageEn: 'Record not found' },
    };
  }
  return undefined;
}

/**
 * graphql-js reports a bad variable as `Variable "$input" got invalid value … at "input.amount"; …`: the field is the
 * last ` at "<path>"` before the scalar's own message (values are printed with their quotes escaped, so a value
 * cannot end the prefix early), else the variable itself.
 */
function invalidVariableField(error: GraphQLError, scalarMessage: string | undefined): string | undefined {
  const head =
    scalarMessage && error.message.endsWith(scalarMessage)
      ? error.message.slice(0, error.message.length - scalarMessage.length)
      : error.message;
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value /.exec(head);
  if (!variable) return undefined;
  const at = /^[\s\S]* at "([_A-Za-z][_0-9A-Za-z.[\]]*)"; /.exec(head);
  return at?.[1] ?? variable[1];
}

/** Where a literal in the operation sits, as `input.amount`: the argument and object fields leading to it. */
function literalField(error: GraphQLError): string | undefined {
  const position = error.positions?.[0];
  const source = error.source?.body;
  if (position === undefined || !source) return undefined;
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch {
    return undefined;
  }
  const find = (value: ValueNode, path: string): string | undefined => {
    if (value.loc?.start === position) return path;
    if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) {
        const found = find(field.value, `${path}.${field.name.value}`);
        if (found) return found;
      }
    }
    if (value.kind === Kind.LIST) {
      for (const [i, item] of value.values.entries()) {
        const found = find(item, `${path}[${i}]`);
        if (found) return found;
      }
    }
    return undefined;
  };
  let result: string | undefined;
  const visit = (node: unknown): void => {
    if (result || !node || typeof node !== 'object') return;
    const n = node as { kind?: string; name?: { value: string }; value?: ValueNode };
    if (n.kind === Kind.ARGUMENT && n.value && n.name) {
      result = find(n.value, n.name.value);
      if (result) return;
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object' && 'kind' in child) visit(child);
    }
  };
  visit(document);
  return result;
}

/**
 * A value GraphQL itself refused before any resolver ran: a variable that does not coerce (a bad `Date` or `Fen`,
 * a string for an Int …) or a literal a scalar refused. Apollo reports these in English with the whole value; staff
 * get a BAD_USER_INPUT naming the field, with the scalar's Chinese message and reason when it was one of ours.
 */
function fromInputError(error: unknown): GraphQLFormattedError | undefined {
  // Duck-typed, not `instanceof GraphQLError`: Apollo's CommonJS graphql and an ESM copy (under vite) may both be loaded.
  if (!(error instanceof Error) || !('extensions' in error)) return undefined;
  const graphqlError = error as GraphQLError;
  // Apollo wraps graphql-js's error, which wraps what the scalar threw.
  let scalar: InvalidValue | KitError | undefined;
  for (let e: unknown = graphqlError.originalError, depth = 0; e && depth < 4; depth++) {
    if (e instanceof InvalidValue || e instanceof KitError) {
      if (e.extensions.code === ErrorCode.BAD_USER_INPUT) scalar = e;
      break;
    }
    e = (e as { originalError?: unknown }).originalError;
  }
  const variableField = invalidVariableField(graphqlError, scalar?.message);
  const field = variableField ?? (scalar ? literalField(graphqlError) : undefined);
  if (!variableField && !scalar) return undefined;
  const where = field ? `（字段 ${field}）` : '';
  return {
    message: scalar ? `${scalar.message}${where}` : `参数值无效${where}`,
    ...(graphqlError.locations ? { locations: graphqlError.locations } : {}),
    extensions: {
      code: ErrorCode.BAD_USER_INPUT,
      reason: (scalar?.extensions.reason as string | undefined) ?? 'INVALID_VARIABLE',
      ...(field ? { field } : {}),
      messageEn: (scalar?.extensions.messageEn as string | undefined) ?? graphqlError.message,
    },
  };
}

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The coded error behind `error`: itself, or the one a wrapper carries — Apollo wraps what a validation rule reports
 * (a query limit) in its ValidationError, the gateway wraps what a data source answers in a downstream error.
 */
export function kitErrorOf(error: unknown): KitError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof KitError) return original;
  // Duck-typed: the wrapper may be another copy of graphql's GraphQLError than this module's.
  const inner = (original as { originalError?: unknown } | null)?.originalError;
  if (inner instanceof KitError) return inner;
  return undefined;
}

/**
 * Apollo `formatError`: coded errors pass, Prisma's known errors get a code, anything else becomes an
 * INTERNAL_SERVER_ERROR with no message detail (it is logged here instead), never a stack trace.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const kit = kitErrorOf(error);
  if (kit) {
    // `http` (a status for Apollo) is Apollo's business, not the client's.
    const { http: _http, ...extensions } = kit.extensions;
    return { message: kit.message, path: formatted.path, extensions };
  }
  const tokens = tokenLimitRefusal(formatted);
  if (tokens) return tokens;
  const prisma = fromPrismaError(original);
  if (prisma) return { ...prisma, path: formatted.path };
  const input = fromInputError(error);
  if (input) return input;
  const code = formatted.extensions?.code;
  // Only errors the caller caused pass through as they are. Apollo labels every unplanned error
  // INTERNAL_SERVER_ERROR with its raw message: that one is never passed through (it could leak internals).
  if (
    typeof code === 'string' &&
    code !== ErrorCode.INTERNAL_SERVER_ERROR &&
    (PASS_THROUGH_CODES.has(code) || Object.values(ErrorCode).includes(code as ErrorCode))
  ) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('[internal error]', original);
  return {
    message: '服务器内部错误，请稍后重试',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, messageEn: 'Internal server error' },
  };
}
