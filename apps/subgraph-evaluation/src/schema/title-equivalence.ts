import {
  citeClause,
  professionalTitleEquivalentOf,
  PROFESSIONAL_TITLE_LABELS,
  type IsoDate,
  type SkillLevel,
} from '@jining/rules';
import { chinaToday } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';

/** E2 三(八): a skill level read as the professional-title tier an employed holder is treated as. */
export interface TitleEquivalenceValue {
  title: string;
  label: string;
  clause: string;
  citation: string;
}

const CLAUSE = '三(八)';

/** The tier for `level` on `onDate` (the rules' reading READING_E2_TITLE_MAP), or null below 技师. */
export function titleEquivalenceOf(
  level: SkillLevel | null,
  onDate: string = chinaToday(),
): TitleEquivalenceValue | null {
  if (!level) return null;
  const title = professionalTitleEquivalentOf(level, onDate as IsoDate);
  if (!title) return null;
  return { title, label: PROFESSIONAL_TITLE_LABELS[title], clause: CLAUSE, citation: citeClause(CLAUSE) };
}

export const TitleEquivalence = builder.objectRef<TitleEquivalenceValue>('TitleEquivalence').implement({
  description: '职业技能等级比照的职称层级（三(八)：技师比照中级、高级技师比照副高级、特级技师和首席技师比照正高级）',
  fields: (t) => ({
    title: t.exposeString('title', { description: '职称层级代码：INTERMEDIATE、DEPUTY_SENIOR、FULL_SENIOR' }),
    label: t.exposeString('label', { description: '职称层级：中级、副高级、正高级' }),
    clause: t.exposeString('clause', { description: '条款' }),
    citation: t.exposeString('citation', { description: '出处' }),
  }),
});
