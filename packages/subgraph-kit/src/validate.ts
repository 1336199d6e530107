import { z } from 'zod';
import { badInput } from '@jining/graphql-server/errors';

export { z };

/**
 * Validates a value with a zod schema and throws the first issue as a coded BAD_USER_INPUT error
 * (zod messages in this codebase are written in Chinese, for staff). For checks that need the database
 * or cross fields inside a resolver; argument-shape checks use the validation plugin (`validate:`).
 */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, fieldPrefix = 'input'): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [fieldPrefix, ...(issue?.path ?? []).map(String)].join('.');
  throw badInput(issue?.message ?? '输入无效', { field, reason: 'VALIDATION_FAILED' });
}
