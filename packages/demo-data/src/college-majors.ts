import type { CollegeMajorKind, CollegeMajorLevel } from '@jining/rules';
import { demoId, isoDate } from './random.ts';
import type { DemoOrganisation } from './types.ts';

/**
 * 二(三)'s demo records (R3, T6–T8): approved high-level majors, high-level colleges, quality courses, integrated and
 * featured majors of the demo colleges, so the targets dashboard shows T6–T8 with numbers. Kept apart from the other
 * programmes' demo data: training seeds them (dev/seed-college-majors.ts); finance seeds no R3 grant for them (an
 * R3 grant comes from an approval through the outbox, as the e2e shows).
 */
export interface DemoCollegeMajor {
  id: string;
  kind: CollegeMajorKind;
  collegeId: string;
  name: string;
  level: CollegeMajorLevel | null;
  documentNo: string;
  documentDate: string;
}

const MAJORS = [
  '数控技术',
  '机电一体化技术',
  '电气自动化技术',
  '工业机器人技术',
  '汽车检测与维修技术',
  '智能制造装备技术',
];
const COURSES = [
  '数控车削加工',
  '电工基础',
  '液压与气动',
  '机械制图',
  'PLC 编程与应用',
  '焊接工艺',
  '钳工技能',
  '工业网络',
];

/** Deterministic: the same colleges, names and dates on every run. */
export function demoCollegeMajors(organisations: readonly DemoOrganisation[]): DemoCollegeMajor[] {
  const colleges = organisations.filter((o) => o.kind === 'VOCATIONAL_COLLEGE' || o.kind === 'TECHNICAL_SCHOOL');
  const out: DemoCollegeMajor[] = [];
  const add = (
    kind: CollegeMajorKind,
    college: DemoOrganisation,
    name: string,
    level: CollegeMajorLevel | null,
    date: string,
  ) =>
    out.push({
      id: demoId('college-major', out.length),
      kind,
      collegeId: college.id,
      name,
      level,
      documentNo: `鲁教职字〔${date.slice(0, 4)}〕${out.length + 1}号`,
      documentDate: date,
    });
  const vocational = colleges.filter((c) => c.kind === 'VOCATIONAL_COLLEGE');
  vocational
    .slice(0, 1)
    .forEach((c) => add('HIGH_LEVEL_COLLEGE', c, `${c.name}（双高计划）`, 'PROVINCIAL', isoDate(2025, 4, 15)));
  colleges.forEach((c, i) => {
    add(
      'HIGH_LEVEL_MAJOR',
      c,
      `${MAJORS[i % MAJORS.length]!}专业群`,
      i % 3 === 0 ? 'NATIONAL' : 'PROVINCIAL',
      isoDate(2025, 3 + i, 10),
    );
    add('INTEGRATED_MAJOR', c, `${MAJORS[(i + 1) % MAJORS.length]!}（工学一体化）`, null, isoDate(2025, 5 + i, 20));
    add('FEATURED_MAJOR', c, `${MAJORS[(i + 2) % MAJORS.length]!}特色专业群`, null, isoDate(2025, 6 + i, 8));
  });
  COURSES.forEach((course, i) => {
    const c = colleges[i % colleges.length]!;
    add('QUALITY_COURSE', c, course, null, isoDate(2025 + (i % 2), 3 + i, 12));
  });
  return out;
}
