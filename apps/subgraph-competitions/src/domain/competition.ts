import { DUTIES, isCountyCode, type CompetitionTier } from '@jining/rules';
import { appendAudit, badInput, notFound, requireDuty, type SubgraphContext, lockRowById } from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * A competition's own facts (四(十三)): who organises it, when it runs. Recorded and edited by the holders of the
 * competition duty for its tier (HRSS and the Trade Union, co-leads), each change with its audit record.
 */

type Ctx = SubgraphContext<PrismaClient>;

/**
 * Years a competition may be recorded for. A sanity bound on data entry, not a policy number:
 * history before the policy (2025–2029) is kept too, because 技能状元 and rewards look back at results.
 */
export const COMPETITION_YEARS = { min: 2000, max: 2100 } as const;

export interface CompetitionFields {
  name: string;
  tier: CompetitionTier;
  trade: string;
  year: number;
  organiser: string;
  heldOn?: Date | null;
  endsOn?: Date | null;
  /** 承办县（市、区） (GB/T 2260), when a county hosts it. */
  countyCode?: string | null;
}

function requireYear(year: number) {
  if (!Number.isInteger(year) || year < COMPETITION_YEARS.min || year > COMPETITION_YEARS.max) {
    throw badInput(`竞赛年度应在 ${COMPETITION_YEARS.min} 至 ${COMPETITION_YEARS.max} 之间：${year}`, {
      field: 'input.year',
      reason: 'INVALID_YEAR',
      messageEn: `Year out of range: ${year}`,
    });
  }
}

/** Both dates in the competition's year, the end not before the start (the database checks the same). */
function requireDates(year: number, heldOn: Date | null, endsOn: Date | null) {
  if (heldOn && heldOn.getUTCFullYear() !== year) {
    throw badInput(`开始日期不在竞赛年度 ${year} 年内`, {
      field: 'input.heldOn',
      reason: 'HELD_ON_OUTSIDE_YEAR',
      messageEn: 'heldOn must fall in the competition year',
    });
  }
  if (endsOn && endsOn.getUTCFullYear() !== year) {
    throw badInput(`结束日期不在竞赛年度 ${year} 年内`, {
      field: 'input.endsOn',
      reason: 'ENDS_ON_OUTSIDE_YEAR',
      messageEn: 'endsOn must fall in the competition year',
    });
  }
  if (heldOn && endsOn && endsOn < heldOn) {
    throw badInput('结束日期不能早于开始日期', {
      field: 'input.endsOn',
      reason: 'ENDS_BEFORE_START',
      messageEn: 'endsOn is before heldOn',
    });
  }
}

export async function createCompetition(ctx: Ctx, input: CompetitionFields): Promise<string> {
  requireDuty(ctx.principal, DUTIES.COMPETITION, input.tier);
  requireYear(input.year);
  const heldOn = input.heldOn ?? null;
  const endsOn = input.endsOn ?? null;
  requireDates(input.year, heldOn, endsOn);
  const countyCode = input.countyCode?.trim() || null;
  if (countyCode && !isCountyCode(countyCode)) {
    throw badInput(`没有此县（市、区）：${countyCode.slice(0, 20)}`, {
      field: 'input.countyCode',
      reason: 'UNKNOWN_COUNTY',
      messageEn: `No such county: ${countyCode.slice(0, 20)}`,
    });
  }
  // The competition and its audit record in one transaction: neither exists without the other.
  return ctx.prisma.$transaction(async (tx) => {
    const competition = await tx.competition.create({
      data: {
        name: input.name.trim(),
        tier: input.tier,
        trade: input.trade.trim(),
        year: input.year,
        organiser: input.organiser.trim(),
        heldOn,
        endsOn,
        countyCode,
      },
    });
    await appendAudit(tx, ctx, {
      action: 'CREATE_COMPETITION',
      entityType: 'Competition',
      entityId: competition.id,
      after: competition,
    });
    return competition.id;
  });
}

/**
 * 修改主办单位和日期: the fields staff learn or correct after recording (name, tier and year stay: results and the
 * honours that cite them rest on those). A field left out keeps its value; null clears a date.
 */
export async function updateCompetition(
  ctx: Ctx,
  input: { id: string; organiser?: string | null; heldOn?: Date | null; endsOn?: Date | null },
): Promise<string> {
  return ctx.prisma.$transaction(async (tx) => {
    // Locked, so two edits of one competition cannot each check the dates against the other's old value.
    await lockRowById(tx, 'competition', input.id, () => notFound('竞赛', input.id));
    const before = await tx.competition.findUniqueOrThrow({ where: { id: input.id } });
    requireDuty(ctx.principal, DUTIES.COMPETITION, before.tier);
    const organiser = input.organiser === undefined ? before.organiser : input.organiser?.trim() || null;
    if (!organiser) {
      throw badInput('主办单位不能为空', {
        field: 'input.organiser',
        reason: 'ORGANISER_REQUIRED',
        messageEn: 'organiser is required',
      });
    }
    const heldOn = input.heldOn === undefined ? before.heldOn : input.heldOn;
    const endsOn = input.endsOn === undefined ? before.endsOn : input.endsOn;
    requireDates(before.year, heldOn, endsOn);
    const after = await tx.competition.update({ where: { id: input.id }, data: { organiser, heldOn, endsOn } });
    await appendAudit(tx, ctx, {
      action: 'UPDATE_COMPETITION',
      entityType: 'Competition',
      entityId: after.id,
      before,
      after,
    });
    return after.id;
  });
}
