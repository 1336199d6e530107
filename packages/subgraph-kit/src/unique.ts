import { KitError } from '@jining/graphql-server/errors';
import { ErrorCode } from '@jining/protocol/errors';

/** Prisma's P2002: the write hit a unique index. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'P2002';
}

export interface ConflictDetails {
  /** The Chinese message staff read. */
  message: string;
  field: string;
  reason: string;
  messageEn: string;
}

/**
 * Runs one write whose uniqueness the database decides (so two concurrent writes cannot both pass) and turns a
 * unique-index violation into a coded CONFLICT naming the field. Any other error goes on unchanged.
 */
export async function uniqueOrConflict<T>(write: () => Promise<T>, conflict: ConflictDetails): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const { message, ...extensions } = conflict;
    throw new KitError(ErrorCode.CONFLICT, message, extensions);
  }
}
