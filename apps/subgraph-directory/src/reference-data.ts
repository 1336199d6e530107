import { JINING_COUNTIES } from '@jining/reference-data';
import type { PrismaClient } from './generated/prisma/client.ts';

/** Counties are reference data, not demo data: every database has them. Upserted, so re-running is harmless. */
export async function ensureCounties(prisma: PrismaClient) {
  await prisma.county.createMany({
    data: JINING_COUNTIES.map((c, i) => ({ code: c.code, name: c.name, kind: c.kind, sortOrder: i })),
    skipDuplicates: true,
  });
}
