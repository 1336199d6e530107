import type { GraphQLFormattedError } from 'graphql';
import { formatError, kitErrorOf } from '@jining/graphql-server/errors';
import { ErrorCode } from '@jining/protocol/errors';

/**
 * The subgraphs' `formatError` (from `@jining/graphql-server`; it already hides every unplanned INTERNAL_SERVER_ERROR
 * behind a generic message), plus the name of the subgraph it came from, so staff can tell support which service
 * failed. The gateway's own coded errors (KitError: subgraph unavailable, signature refused) pass as they are.
 */
export function gatewayFormatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const result = formatError(formatted, error);
  if (result.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR || kitErrorOf(error)) {
    return result;
  }
  const serviceName = formatted.extensions?.serviceName;
  if (result.message !== GENERIC_MESSAGE)
    console.error(`[gateway] internal error from ${String(serviceName ?? 'gateway')}:`, formatted.message);
  return {
    message: GENERIC_MESSAGE,
    path: formatted.path,
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      messageEn: 'Internal server error',
      ...(typeof serviceName === 'string' ? { serviceName } : {}),
    },
  };
}

/** The shared formatError's wording for an internal error. */
const GENERIC_MESSAGE = '服务器内部错误，请稍后重试';
