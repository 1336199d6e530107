import type { CollegeMajorFact } from '@jining/rules';
import type { Tx } from '../domain/tx.ts';
import { NOT_COUNTING } from './decide.ts';
import type { Completion } from './handlers.ts';

/**
 * R3 二(三) 每所院校每年最高奖补１００万元: the cap runs across a college's majors of a calendar year
 * (READING_R3_CAP_YEAR) in approval order — the order their facts arrive. Before the rules decide a major, finance
 * tells them what the college's earlier majors of that year were granted (its own R3 entitlements still counting:
 * not rejected nor cancelled), and the rules pay what is left under the cap: the major that crosses it gets the
 * remainder, a later one nothing, with the rules' reason. The college's year is locked for the page's transaction, so
 * two consumers deciding majors of one college queue and the second sees the first's grant.
 */
export async function withCollegeYearAwarded(tx: Tx, completion: Completion): Promise<Completion> {
  const fact = completion.rulesFact as CollegeMajorFact;
  const year = Number(fact.approvalDate.slice(0, 4));
  const key = `R3-college-year:${fact.collegeId}:${year}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
  const [row] = await tx.$queryRaw<{ awarded: bigint | null }[]>`
    SELECT sum(amount) AS awarded FROM entitlement
    WHERE rule_id = 'R3' AND beneficiary_organisation_id = ${fact.collegeId} AND year = ${year}
      AND status::text <> ALL(${[...NOT_COUNTING]}::text[])`;
  const awarded: CollegeMajorFact = { ...fact, awardedThisYearFen: Number(row?.awarded ?? 0n) };
  return { ...completion, rulesFact: awarded };
}
