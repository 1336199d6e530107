import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { createRequire } from 'node:module';
import type {
  DocumentNode,
  FieldNode,
  GraphQLError,
  GraphQLField,
  GraphQLFormattedError,
  GraphQLSchema,
  ParseOptions,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { ErrorCode } from '@jining/protocol/errors';
import { KitError } from './errors.ts';

/**
 * Query limits: the one place where what a GraphQL request may ask for is bounded, for the gateway and every
 * subgraph alike. Each limit has a default and an environment variable; an operation over a limit is refused before
 * anything runs, with `BAD_USER_INPUT`, a `reason` naming the limit (`QUERY_TOO_DEEP` …), `limit`, and a Chinese
 * message.
 *
 * The counting is GraphQL Armor's (depth, aliases, cost, directives, field suggestions) and graphql-js's own
 * `maxTokens` parse option; the page size is checked here (no library refuses it: Pothos clamps silently); list
 * multiplication inside a subgraph is `@pothos/plugin-complexity`'s, configured by the kit from `maxComplexity`.
 */
export interface QueryLimits {
  /** Nested field levels, leaves included, fragments flattened: `{ person { county { name } } }` is 3. */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` aliases are free). */
  maxAliases: number;
  /** Lexical tokens in the document (names, punctuation, values), checked while parsing. */
  maxTokens: number;
  /** GraphQL Armor's cost: 2 per object field, 1 per scalar, ×1.5 per level, × a literal `first`/`last`. */
  maxCost: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** The largest `first` / `last` a connection accepts; more is refused, not clamped. */
  maxPageSize: number;
  /**
   * Subgraphs only: Pothos' complexity, 1 per field with each list multiplying what it selects (by `first` on a
   * connection, by the number of representations on `_entities`, by 10 on any other list).
   */
  maxComplexity: number;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 2000,
  maxCost: 5000,
  maxDirectives: 50,
  maxPageSize: 100,
  maxComplexity: 20000,
});

/** The environment variable of each limit. */
export const QUERY_LIMIT_ENV: Readonly<Record<keyof QueryLimits, string>> = Object.freeze({
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxCost: 'GRAPHQL_MAX_COST',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
  maxPageSize: 'GRAPHQL_MAX_PAGE_SIZE',
  maxComplexity: 'GRAPHQL_MAX_COMPLEXITY',
});

export class QueryLimitsConfigError extends Error {}

/** The limits in force: each default unless its variable is set (to a positive integer; anything else throws). */
export function queryLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const limits = { ...DEFAULT_QUERY_LIMITS };
  for (const key of Object.keys(QUERY_LIMIT_ENV) as (keyof QueryLimits)[]) {
    const name = QUERY_LIMIT_ENV[key];
    const raw = env[name]?.trim();
    if (!raw) continue;
    if (!/^[1-9]\d{0,8}$/.test(raw)) {
      throw new QueryLimitsConfigError(`${name} must be a positive integer (got ${JSON.stringify(env[name])})`);
    }
    limits[key] = Number(raw);
  }
  return limits;
}

/**
 * What a subgraph accepts, from the limits the gateway enforces on clients. A subgraph is only called by the gateway,
 * whose query plans stay within the client's depth (`_entities` stands in for the fields above it) but add `__typename`,
 * key fields and inlined fragments: so more tokens and cost, and a little room on depth and aliases. The page size
 * and complexity are the same (the gateway passes `first` through unchanged).
 */
export function subgraphQueryLimits(limits: QueryLimits): QueryLimits {
  return {
    ...limits,
    maxDepth: limits.maxDepth + 1,
    maxAliases: limits.maxAliases * 2,
    maxTokens: limits.maxTokens * 5,
    maxCost: limits.maxCost * 4,
    maxDirectives: limits.maxDirectives * 2,
  };
}

/** `reason` of each refusal; programs branch on it. */
export const QueryLimitReason = {
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  PAGE_TOO_LARGE: 'PAGE_TOO_LARGE',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
} as const;
export type QueryLimitReason = (typeof QueryLimitReason)[keyof typeof QueryLimitReason];

const LIMIT_WORDS: Record<QueryLimitReason, { key: keyof QueryLimits; zh: string; en: string }> = {
  QUERY_TOO_DEEP: { key: 'maxDepth', zh: '查询嵌套层数', en: 'Query depth' },
  TOO_MANY_ALIASES: { key: 'maxAliases', zh: '查询中的别名数', en: 'Number of aliases' },
  TOO_MANY_TOKENS: { key: 'maxTokens', zh: '查询语句的长度（词法单元数）', en: 'Number of tokens' },
  QUERY_TOO_COSTLY: { key: 'maxCost', zh: '查询开销', en: 'Query cost' },
  TOO_MANY_DIRECTIVES: { key: 'maxDirectives', zh: '查询中的指令数', en: 'Number of directives' },
  PAGE_TOO_LARGE: { key: 'maxPageSize', zh: '每页条数', en: 'Page size' },
  QUERY_TOO_COMPLEX: { key: 'maxComplexity', zh: '查询复杂度', en: 'Query complexity' },
};

/** The coded refusal of one limit: `BAD_USER_INPUT`, the limit's reason, its value and (when known) what was found. */
export function queryLimitError(
  reason: QueryLimitReason,
  limit: number,
  found?: number,
  options: { field?: string } = {},
): KitError {
  const words = LIMIT_WORDS[reason];
  const foundZh = found === undefined ? '' : `（本次为 ${found}）`;
  const foundEn = found === undefined ? '' : ` (found ${found})`;
  const error = new KitError(ErrorCode.BAD_USER_INPUT, `${words.zh}超过上限 ${limit}${foundZh}，请缩小查询范围后重试`, {
    reason,
    messageEn: `${words.en} limit of ${limit} exceeded${foundEn}`,
    ...(options.field ? { field: options.field } : {}),
  });
  Object.assign(error.extensions, { limit, ...(found === undefined ? {} : { found }) });
  return error;
}

/** Armor reports "… limit of N exceeded, found M."; the number found is kept for the caller. */
function foundIn(error: GraphQLError): number | undefined {
  const match = /found (\d+(?:\.\d+)?)/.exec(error.message);
  return match ? Math.ceil(Number(match[1])) : undefined;
}

/**
 * graphql's runtime as Node loads it for Apollo and Pothos (CommonJS). Walking a schema needs the same copy that
 * built it (graphql checks classes with instanceof), and a test runner may hand this file another (ESM) copy.
 */
const { getArgumentValues, Kind, TypeInfo, visit, visitWithTypeInfo } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/** What an Apollo Server takes from the limits: spread into its options (and add its own plugins after). */
export interface QueryLimitOptions<TContext extends BaseContext> {
  plugins: ApolloServerPlugin<TContext>[];
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

/**
 * `showFieldSuggestions`: keep graphql's "Did you mean …" in validation errors (development, where exploring the
 * schema is the point); production hides them, as it hides introspection.
 */
export function queryLimitOptions<TContext extends BaseContext>(
  limits: QueryLimits,
  { showFieldSuggestions = false }: { showFieldSuggestions?: boolean } = {},
): QueryLimitOptions<TContext> {
  const refuse = (reason: QueryLimitReason) => ({
    // Armor's own handler would report its English message with no reason; this one reports the coded error.
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(queryLimitError(reason, limits[LIMIT_WORDS[reason].key], foundIn(error))),
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refuse('QUERY_TOO_DEEP') },
    maxAliases: { n: limits.maxAliases, ...refuse('TOO_MANY_ALIASES') },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true, ...refuse('QUERY_TOO_COSTLY') },
    maxDirectives: { n: limits.maxDirectives, ...refuse('TOO_MANY_DIRECTIVES') },
    // Armor's token plugin throws out of Apollo's parsing hook (an unexpected error, HTTP 500): graphql-js' own
    // `maxTokens` parse option counts the same tokens and fails as a parse error, which formatError codes.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !showFieldSuggestions },
  }).protect();
  return {
    plugins: [...(armor.plugins as ApolloServerPlugin<TContext>[]), pageSizePlugin<TContext>(limits.maxPageSize)],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** graphql-js' words when `maxTokens` stops the parser (pinned by a test, as graphql is pinned). */
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] (\d+) tokens/;

/**
 * A parse error that is the token limit becomes the coded refusal (formatError calls it); anything else is left alone.
 */
export function tokenLimitRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return undefined;
  const match = TOKEN_LIMIT_MESSAGE.exec(formatted.message);
  if (!match) return undefined;
  const error = queryLimitError(QueryLimitReason.TOO_MANY_TOKENS, Number(match[1]));
  return { message: error.message, extensions: error.extensions };
}

/**
 * Every `first` / `last` argument of the operation (literal or variable), checked against `maxPageSize` once the
 * operation is known. The connections themselves would silently clamp; a caller asking for 1,000 rows must learn it
 * gets at most 100.
 */
function pageSizePlugin<TContext extends BaseContext>(maxPageSize: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          const refusal = oversizedPage(document, operation?.name?.value, schema, request.variables ?? {}, maxPageSize);
          if (refusal) throw refusal;
        },
      };
    },
  };
}

/** A field of the operation that takes `first` or `last`, with the definition its arguments are read against. */
type PagedField = { field: GraphQLField<unknown, unknown>; node: FieldNode };

/**
 * The paged fields of each operation of a parsed document, found once: the server hands the same document object
 * for the same query text (its document cache), and walking it with type information on every request cost a
 * subgraph about 5 % of its CPU (issue 13's profile). Only the variables change from one request to the next.
 */
const pagedFieldsCache = new WeakMap<DocumentNode, Map<string, PagedField[]>>();

function pagedFields(document: DocumentNode, operationName: string | undefined, schema: GraphQLSchema): PagedField[] {
  let byOperation = pagedFieldsCache.get(document);
  if (!byOperation) pagedFieldsCache.set(document, (byOperation = new Map()));
  const key = operationName ?? '';
  const cached = byOperation.get(key);
  if (cached) return cached;
  const typeInfo = new TypeInfo(schema);
  const found: PagedField[] = [];
  // The fragments and the operation that runs (others in the document do not run).
  const definitions = document.definitions.filter(
    (d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ||
      (d.kind === Kind.OPERATION_DEFINITION && (operationName === undefined || d.name?.value === operationName)),
  );
  visit(
    { kind: Kind.DOCUMENT, definitions },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (field && field.args.some((a) => a.name === 'first' || a.name === 'last')) found.push({ field, node });
      },
    }),
  );
  byOperation.set(key, found);
  return found;
}

function oversizedPage(
  document: DocumentNode,
  operationName: string | undefined,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
  maxPageSize: number,
): KitError | undefined {
  for (const { field, node } of pagedFields(document, operationName, schema)) {
    const args = getArgumentValues(field, node, variables);
    for (const name of ['first', 'last'] as const) {
      const value = args[name];
      if (typeof value === 'number' && value > maxPageSize) {
        const refusal = queryLimitError(QueryLimitReason.PAGE_TOO_LARGE, maxPageSize, value, {
          field: `${node.alias?.value ?? node.name.value}.${name}`,
        });
        Object.assign(refusal.extensions, { http: { status: 400 } });
        return refusal;
      }
    }
  }
  return undefined;
}
