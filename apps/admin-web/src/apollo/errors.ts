import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** Codes that mean "the token is missing, expired or not accepted": the user must sign in again. */
const UNAUTHENTICATED = 'UNAUTHENTICATED';

export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === UNAUTHENTICATED);
  return false;
}

/** Reads the Chinese message out of an HTTP error body shaped `{error:{message}}` or `{errors:[{message}]}`. */
function messageFromBody(bodyText: string): string | null {
  try {
    const body = JSON.parse(bodyText) as { error?: { message?: string }; errors?: { message?: string }[] };
    return body.error?.message ?? body.errors?.find((e) => e.message)?.message ?? null;
  } catch {
    return null;
  }
}

/**
 * The text to show for a failed request. The subgraphs already phrase their errors in Chinese for the user
 * (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT …), so their messages are shown as they are; only transport
 * failures get a message of our own.
 */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
    return messages.join('；') || '请求失败';
  }
  if (ServerError.is(error)) {
    return messageFromBody(error.bodyText) ?? `服务器错误（HTTP ${error.statusCode}）`;
  }
  if (error instanceof TypeError) return '无法连接服务器，请检查网络';
  if (error instanceof Error && error.message) return error.message;
  return '请求失败';
}

/** The message of the error at `path` (or below it) in a partial answer, e.g. `['person', 'honours']`. */
export function fieldErrorMessage(error: unknown, path: readonly (string | number)[]): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((e) => e.path && path.every((step, i) => e.path![i] === step))?.message;
}
