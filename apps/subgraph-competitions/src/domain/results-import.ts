import { DUTIES, MEDAL, type Medal } from '@jining/rules';
import {
  appendAudit,
  badInput,
  hasPermission,
  requireDuty,
  requireImportRowCount,
  rowsToWrite,
  uniqueOrConflict,
  type ImportModeCode,
  type ImportRowError,
  type SubgraphContext,
} from '@jining/subgraph-kit';
import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * 成绩批量登记 (四(十三)): the results of one competition from a grid or an Excel file, in one call. Every row is
 * checked and answers with its own errors; the mode decides what is written (kit's `rowsToWrite`); what is written
 * goes in one transaction with one audit record naming the count. Sending the same import twice writes nothing the
 * second time: every row then answers 已有成绩 (the per-person unique index decides, as for a single result).
 */

type Ctx = SubgraphContext<PrismaClient>;

export interface ResultRowInput {
  idNumber?: string | null;
  personId?: string | null;
  rank?: number | null;
  medal?: Medal | null;
}

export interface ResultRowOutcome {
  /** 0-based position in the rows sent. */
  index: number;
  personId: string | null;
  rank: number | null;
  medal: Medal | null;
  errors: ImportRowError[];
  /** The result written for this row, when the mode wrote it. */
  resultId: string | null;
}

export interface ResultsImport {
  mode: ImportModeCode;
  rows: ResultRowOutcome[];
  written: number;
}

const ID_NUMBER = /^\d{17}[\dX]$/;

const medalOrder = (m: Medal) => MEDAL.codes.indexOf(m);

/** The placings a row must agree with: a better rank never has a lower medal, one rank has one medal. */
interface Placing {
  rank: number;
  medal: Medal;
  /** Where it comes from, for the message: a row of the file, or a result already recorded. */
  where: string;
}

function medalRankMismatch(row: Placing, others: readonly Placing[]): Placing | undefined {
  return others.find(
    (o) =>
      (o.rank === row.rank && o.medal !== row.medal) ||
      (o.rank < row.rank && medalOrder(o.medal) > medalOrder(row.medal)) ||
      (o.rank > row.rank && medalOrder(o.medal) < medalOrder(row.medal)),
  );
}

export async function importResults(
  ctx: Ctx,
  input: { competitionId: string; rows: readonly ResultRowInput[]; mode: ImportModeCode },
): Promise<ResultsImport> {
  requireImportRowCount(input.rows.length, 'input.rows');
  const competition = await ctx.prisma.competition.findUnique({
    where: { id: input.competitionId },
    select: { id: true, tier: true },
  });
  if (!competition) {
    throw badInput(`未找到竞赛：${input.competitionId}`, {
      field: 'input.competitionId',
      reason: 'UNKNOWN_COMPETITION',
      messageEn: `Unknown competition: ${input.competitionId}`,
    });
  }
  requireDuty(ctx.principal, DUTIES.COMPETITION, competition.tier);

  const outcomes: ResultRowOutcome[] = input.rows.map((row, index) => ({
    index,
    personId: null,
    rank: row.rank ?? null,
    medal: row.medal ?? null,
    errors: [],
    resultId: null,
  }));
  const fail = (o: ResultRowOutcome, code: string, field: string, message: string) =>
    o.errors.push({ code, field, message });

  // Who each row names: an id as given, or a full ID number matched in the directory.
  const mayMatchNumbers = hasPermission(ctx.principal, 'pii:read');
  const numbers: { outcome: ResultRowOutcome; idNumber: string }[] = [];
  const ids: { outcome: ResultRowOutcome; personId: string }[] = [];
  input.rows.forEach((row, i) => {
    const o = outcomes[i]!;
    const personId = row.personId?.trim() || null;
    const idNumber = row.idNumber?.trim().toUpperCase() || null;
    if (personId) ids.push({ outcome: o, personId });
    else if (!idNumber) fail(o, 'PERSON_REQUIRED', 'idNumber', '缺少人员：请填写身份证号或选择人员');
    else if (!ID_NUMBER.test(idNumber))
      fail(o, 'INVALID_ID_NUMBER', 'idNumber', `身份证号应为 18 位（末位可为 X）：${idNumber}`);
    // As the directory's search: a full number finds its holder only for those who may see numbers.
    else if (!mayMatchNumbers) fail(o, 'ID_NUMBER_NOT_ALLOWED', 'idNumber', '无权按身份证号查找人员，请选择人员');
    else numbers.push({ outcome: o, idNumber });
    if (row.rank != null && (!Number.isInteger(row.rank) || row.rank < 1)) {
      fail(o, 'INVALID_RANK', 'rank', `名次须为正整数：${row.rank}`);
    }
  });
  const matched = await ctx.references.personIdsByIdNumbers(numbers.map((n) => n.idNumber));
  numbers.forEach((n, i) => {
    const personId = matched[i];
    if (personId) n.outcome.personId = personId;
    else fail(n.outcome, 'PERSON_NOT_FOUND', 'idNumber', `人员库中无此身份证号：${n.idNumber}`);
  });
  const exist = await ctx.references.peopleExist(ids.map((r) => r.personId));
  ids.forEach((r, i) => {
    if (exist[i]) r.outcome.personId = r.personId;
    else fail(r.outcome, 'PERSON_NOT_FOUND', 'personId', `人员库中没有此人员：${r.personId.slice(0, 40)}`);
  });

  // One result per person per competition: not twice in the file, not again after a result already recorded.
  const existing = await ctx.prisma.competitionResult.findMany({
    where: { competitionId: competition.id },
    select: { personId: true, rank: true, medal: true, teamId: true },
  });
  const placed = new Set(existing.flatMap((r) => (r.personId ? [r.personId] : [])));
  const firstRow = new Map<string, number>();
  for (const o of outcomes) {
    if (!o.personId) continue;
    const earlier = firstRow.get(o.personId);
    if (earlier !== undefined) fail(o, 'DUPLICATE_ROW', 'idNumber', `与第 ${earlier + 1} 行是同一人`);
    else firstRow.set(o.personId, o.index);
    if (placed.has(o.personId)) fail(o, 'DUPLICATE_RESULT', 'idNumber', '此人员在该竞赛中已有成绩');
  }

  // Rank and medal agree across the individual placings (a team's ranking is its own).
  const recorded: Placing[] = existing.flatMap((r) =>
    r.teamId === null && r.rank !== null && r.medal !== null
      ? [{ rank: r.rank, medal: r.medal, where: '已登记的成绩' }]
      : [],
  );
  const inFile: (Placing & { index: number })[] = outcomes.flatMap((o) =>
    o.rank !== null && o.medal !== null && !o.errors.some((e) => e.field === 'rank')
      ? [{ rank: o.rank, medal: o.medal, where: `第 ${o.index + 1} 行`, index: o.index }]
      : [],
  );
  for (const p of inFile) {
    const other = medalRankMismatch(p, [...recorded, ...inFile.filter((q) => q.index !== p.index)]);
    if (other) {
      fail(
        outcomes[p.index]!,
        'MEDAL_RANK_MISMATCH',
        'medal',
        `奖次与名次不一致：第 ${p.rank} 名为${MEDAL.label(p.medal)}，而${other.where}第 ${other.rank} 名为${MEDAL.label(other.medal)}`,
      );
    }
  }

  const chosen = rowsToWrite(
    input.mode,
    outcomes.map((o) => o.errors),
  );
  if (chosen.length === 0) return { mode: input.mode, rows: outcomes, written: 0 };

  // The unique index decides under concurrency: a result recorded meanwhile refuses the whole write, nothing partial.
  await uniqueOrConflict(
    () =>
      ctx.prisma.$transaction(async (tx) => {
        for (const i of chosen) {
          const o = outcomes[i]!;
          const created = await tx.competitionResult.create({
            data: { competitionId: competition.id, personId: o.personId, rank: o.rank, medal: o.medal },
            select: { id: true },
          });
          o.resultId = created.id;
        }
        await appendAudit(tx, ctx, {
          action: 'IMPORT_COMPETITION_RESULTS',
          entityType: 'Competition',
          entityId: competition.id,
          after: {
            competitionId: competition.id,
            mode: input.mode,
            rows: input.rows.length,
            written: chosen.length,
            results: chosen.map((i) => ({
              id: outcomes[i]!.resultId,
              personId: outcomes[i]!.personId,
              rank: outcomes[i]!.rank,
              medal: outcomes[i]!.medal,
            })),
          },
        });
      }),
    {
      message: '导入期间另有成绩登记，本次未写入任何成绩，请重新校验',
      field: 'input.rows',
      reason: 'DUPLICATE_RESULT',
      messageEn: 'A result was recorded meanwhile; nothing was written, validate again',
    },
  );
  return { mode: input.mode, rows: outcomes, written: chosen.length };
}
