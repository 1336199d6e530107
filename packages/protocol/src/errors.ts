/**
 * Error codes every subgraph and the gateway share: they travel as `extensions.code` in GraphQL errors and in
 * the bodies of refused HTTP requests. Programs branch on the code; staff read the Chinese `message`.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** A subgraph refused the gateway's signature; `reason` says why (SignatureRefusal: expired, replayed …). */
  GATEWAY_SIGNATURE_REQUIRED: 'GATEWAY_SIGNATURE_REQUIRED',
  /** Too many failed logins for the account or from the address; the answer carries Retry-After. */
  LOGIN_THROTTLED: 'LOGIN_THROTTLED',
  /** A service the request depends on (e.g. the directory, to check a reference) cannot answer now: try again. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
