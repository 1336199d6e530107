import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, formatError, KitError } from '@jining/subgraph-kit/errors';

/**
 * The kit's `formatError`, plus one rule for what arrives from subgraphs: an INTERNAL_SERVER_ERROR keeps only its
 * code and service. Apollo labels every unexpected resolver error INTERNAL_SERVER_ERROR, and the kit passes that
 * code with its message, so a subgraph's raw exception text (SQL, file paths …) would otherwise reach the browser.
 * The gateway's own coded errors (KitError: subgraph unavailable, signature refused) are deliberate and pass as is.
 */
export function gatewayFormatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const result = formatError(formatted, error);
  if (result.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR || unwrapResolverError(error) instanceof KitError) {
    return result;
  }
  const serviceName = formatted.extensions?.serviceName;
  if (result.message !== GENERIC_MESSAGE) console.error(`[gateway] internal error from ${String(serviceName ?? 'gateway')}:`, formatted.message);
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

/** The kit's wording for an internal error. */
const GENERIC_MESSAGE = '服务器内部错误，请稍后重试';
