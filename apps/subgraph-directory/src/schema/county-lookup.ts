import { badInput } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** An input's county must be one of Jining's; otherwise a coded error and nothing is written. */
export async function requireCounty(prisma: PrismaClient, code: string, field = 'input.countyCode'): Promise<string> {
  const county = await prisma.county.findUnique({ where: { code } });
  if (!county)
    throw badInput(`未知的县（市、区）代码：${code}`, {
      field,
      reason: 'UNKNOWN_COUNTY',
      messageEn: `Unknown county code: ${code}`,
    });
  return county.code;
}
