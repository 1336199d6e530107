import {
  ACADEMIC_EQUIVALENT_LABELS,
  academicEquivalentOf,
  citeClause,
  GRADUATE_CLASS,
  type IsoDate,
  type TechnicalSchoolClass,
} from '@jining/rules';
import { ENTITY_LIST_NULLABILITY, personRef, rowsPerEntity, toIsoDate } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import { MasterStudio } from './master-studio.ts';

/** E1 三(七): a technical-school class a person graduated from, read as the academic degree it counts as. */
interface AcademicEquivalenceValue {
  programme: string;
  programmeLabel: string;
  graduatedOn: string;
  label: string;
  citation: string;
}

const E1_CLAUSE = '三(七)';

const AcademicEquivalence = builder.objectRef<AcademicEquivalenceValue>('AcademicEquivalence').implement({
  description:
    '技工院校毕业班次比照的学历（E1，三(七)：中级工班比照中专、高级工班比照大专、预备技师（技师）班比照本科）',
  fields: (t) => ({
    programme: t.exposeString('programme', { description: '毕业班次代码' }),
    programmeLabel: t.exposeString('programmeLabel', { description: '毕业班次' }),
    graduatedOn: t.exposeString('graduatedOn', { description: '毕业日期' }),
    label: t.exposeString('label', { description: '比照的学历：中专、大专、本科' }),
    citation: t.exposeString('citation', { description: '出处' }),
  }),
});

// Person (owned by the directory) gains the studios it leads here: one batched query for every person in a request.
builder.objectFields(personRef(builder), (t) => ({
  ledStudios: t.loadableList({
    type: MasterStudio,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '领办的技能大师工作室',
    resolve: (entity) => entity.id,
    load: (ids: string[], ctx) =>
      rowsPerEntity(
        ids,
        'leadId',
        ctx.prisma.masterStudio.findMany({
          where: { leadId: { in: ids } },
          orderBy: [{ approvedOn: 'desc' }, { id: 'asc' }],
        }),
      ),
  }),
  // E1 is "shown where a person's level is shown": the classes this platform knows a person graduated from are the
  // ones recorded with their hires (三(九)); each once, however many hires name it.
  academicEquivalents: t.loadableList({
    type: AcademicEquivalence,
    nullable: ENTITY_LIST_NULLABILITY,
    description: '技工院校毕业班次比照的学历（E1，三(七)），取自已登记的毕业生聘用记录',
    resolve: (entity) => entity.id,
    load: async (ids: string[], ctx) => {
      const rows = await rowsPerEntity(
        ids,
        'personId',
        ctx.prisma.graduateHire.findMany({
          where: { personId: { in: ids } },
          select: { personId: true, programme: true, graduatedOn: true },
          orderBy: [{ graduatedOn: 'asc' }, { id: 'asc' }],
        }),
      );
      return rows.map((list) => {
        const seen = new Map<string, AcademicEquivalenceValue>();
        for (const r of list) {
          if (seen.has(r.programme)) continue;
          const graduatedOn = toIsoDate(r.graduatedOn);
          seen.set(r.programme, {
            programme: r.programme,
            programmeLabel: GRADUATE_CLASS.label(r.programme),
            graduatedOn,
            label:
              ACADEMIC_EQUIVALENT_LABELS[
                academicEquivalentOf(r.programme as TechnicalSchoolClass, graduatedOn as IsoDate)
              ],
            citation: citeClause(E1_CLAUSE),
          });
        }
        return [...seen.values()];
      });
    },
  }),
}));
