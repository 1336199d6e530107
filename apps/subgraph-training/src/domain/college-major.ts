import { COLLEGE_MAJOR_KIND, POLICY_WINDOW, type CollegeMajorKind } from '@jining/rules';
import { badInput, KitError } from '@jining/subgraph-kit';

/**
 * 二(三) as training records it: a college's high-level major (R3's fact), high-level college, quality course,
 * integrated or featured major (T6–T8), each from its approving document. Training checks what a record must be (a
 * document dated inside the policy window and not after today, a level where R3 needs one, one live record of a
 * college's major of a kind and level); what a high-level major earns — the amount up to the level's maximum, the
 * college's yearly cap across its majors — is the rules' decision, taken by finance in approval order.
 */

/** The document's date: inside the policy window (二(三) rewards majors created under it) and not after today. */
export function checkDocumentDate(date: string, today: string): void {
  if (date < POLICY_WINDOW.from || date > POLICY_WINDOW.through) {
    throw badInput(`批准日期须在政策执行期内（${POLICY_WINDOW.from} 至 ${POLICY_WINDOW.through}）：${date}`, {
      field: 'input.documentDate',
      reason: 'DATE_OUTSIDE_POLICY_WINDOW',
      messageEn: `The approval date must lie in the policy window (${POLICY_WINDOW.from} to ${POLICY_WINDOW.through})`,
    });
  }
  if (date > today) {
    throw badInput(`批准日期不能晚于今天（${today}）：${date}`, {
      field: 'input.documentDate',
      reason: 'INVALID_DATE',
    });
  }
}

/** R3 pays by level: a high-level major needs its level; the other kinds may carry one. */
export function checkLevel(kind: CollegeMajorKind, level: string | null | undefined): void {
  if (kind === 'HIGH_LEVEL_MAJOR' && !level) {
    throw badInput(`${COLLEGE_MAJOR_KIND.label('HIGH_LEVEL_MAJOR')}须选择国家级或省级（二(三)按级别奖补）`, {
      field: 'input.level',
      reason: 'LEVEL_REQUIRED',
      messageEn: 'A high-level major needs its level (national or provincial)',
    });
  }
}

/** The key that keeps one live record of a college's major per kind and level (null once revoked). */
export const liveMajorKey = (
  r: { kind: string; collegeId: string; level: string | null; name: string },
  live: boolean,
): string | null => (live ? `${r.kind}:${r.collegeId}:${r.level ?? ''}:${r.name}` : null);

/**
 * The major as the rules know it across levels: a provincial major later made national is the same benefit (R3's
 * key is the major), so 从优就高 pays the difference rather than both.
 */
export const rulesMajorId = (collegeId: string, name: string): string => `${collegeId}:${name}`;

/** Maker-checker: whoever recorded an item cannot approve it. */
export function checkApprover(recordedBy: string, approver: string): void {
  if (recordedBy === approver) {
    throw new KitError('FORBIDDEN', '登记人不能确认自己登记的专业建设项目，须由另一名工作人员确认', {
      field: 'input.id',
      reason: 'SAME_RECORDER_AND_APPROVER',
      messageEn: 'The one who recorded an item cannot approve it',
    });
  }
}
