import { describe, expect, it } from 'vitest';
import {
  BODIES,
  COUNTY_HOLDERS,
  canManageHonourKind,
  canManageStudioLevel,
  DEPARTMENT,
  DEPARTMENT_HOLDER,
  DUTIES,
  CRAFTSMAN_COLLEGE_LEVEL,
  DUTY_AREAS,
  DUTY_READINGS,
  dutiesOf,
  HONOUR_KIND,
  responsibilityFor,
  STUDIO_LEVEL,
  type Duty,
} from '../src/index.ts';

const all = DUTY_AREAS.map((area) => DUTIES[area] as Duty<string>);

describe('duties: who may do what, per code, from the brackets of the text', () => {
  it('has one duty per area, each with a rule for every code of its vocabulary', () => {
    expect(Object.keys(DUTIES).sort()).toEqual([...DUTY_AREAS].sort());
    for (const duty of all) {
      expect(duty.codes.length, duty.area).toBeGreaterThan(0);
      expect(Object.keys(duty.rules).sort(), duty.area).toEqual([...duty.codes].sort());
      for (const code of duty.codes) expect(duty.holders(code).length, `${duty.area}.${code}`).toBeGreaterThan(0);
    }
    expect(DUTIES.HONOUR.codes).toEqual(HONOUR_KIND.codes);
    expect(DUTIES.STUDIO.codes).toEqual(STUDIO_LEVEL.codes);
  });

  it('gives an item’s work to its lead bodies (牵头), and to no body named only as responsible (负责) without a reading', () => {
    for (const duty of all) {
      for (const code of duty.codes) {
        const rule = duty.rules[code]!;
        const bracket = rule.clause ? responsibilityFor(rule.clause) : { lead: [], responsible: [] };
        const fromReadings = new Set(rule.also.map((a) => a.holder));
        for (const holder of duty.holders(code)) {
          const isLead = rule.leads && (bracket.lead as readonly string[]).includes(holder);
          expect(isLead || fromReadings.has(holder), `${duty.area}.${code}: ${holder}`).toBe(true);
        }
        for (const a of rule.also) expect(DUTY_READINGS[a.reading].zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('adds a body by a reading only where the text gives it a part in that item (or the duty is the platform’s own)', () => {
    for (const duty of all) {
      for (const code of duty.codes) {
        const rule = duty.rules[code]!;
        for (const { holder, reading } of rule.also) {
          // The counties' part comes from the money they pay (由县财政…), not from the brackets.
          if (!rule.clause || COUNTY_HOLDERS.includes(holder)) continue;
          const { lead, responsible } = responsibilityFor(rule.clause);
          expect([...lead, ...responsible], `${duty.area}.${code} ${holder} (${reading})`).toContain(holder);
        }
      }
    }
  });

  it.each([
    // 四(十三): HRSS and the Trade Union co-lead.
    ['TECHNICAL_EXPERT', ['HRSS', 'UNION']],
    ['SKILLS_CHAMPION', ['HRSS', 'UNION']],
    // 五(十四): the Organisation Department and HRSS lead; 首席技师 stays with them.
    ['CHIEF_TECHNICIAN', ['ORG_DEPT', 'HRSS']],
    // … and the Trade Union handles the craftsman honours (DUTY_CRAFTSMAN_HONOURS_UNION).
    ['GRAND_CRAFTSMAN', ['ORG_DEPT', 'HRSS', 'UNION']],
    ['CRAFTSMAN', ['ORG_DEPT', 'HRSS', 'UNION']],
    ['HANDICRAFT_CRAFTSMAN', ['ORG_DEPT', 'HRSS', 'UNION']],
  ] as const)('honours: %s by %j', (kind, holders) => {
    expect(DUTIES.HONOUR.holders(kind)).toEqual(holders);
  });

  it('keeps 首席技师 from the Trade Union and every studio from Education (二(六): HRSS leads, they are 负责)', () => {
    expect(canManageHonourKind('UNION', 'CHIEF_TECHNICIAN')).toBe(false);
    expect(canManageHonourKind('HRSS', 'CHIEF_TECHNICIAN')).toBe(true);
    expect(canManageHonourKind('UNION', 'GRAND_CRAFTSMAN')).toBe(true);
    for (const level of STUDIO_LEVEL.codes) {
      expect(canManageStudioLevel('HRSS', level)).toBe(true);
      expect(canManageStudioLevel('EDUCATION', level)).toBe(false);
      expect(canManageStudioLevel('UNION', level)).toBe(false);
    }
  });

  it('gives apprenticeship agreements to HRSS and the county HRSS, and each county’s rate to its HRSS alone (二(二))', () => {
    expect(DUTIES.APPRENTICESHIP.holders('AGREEMENT')).toEqual(['HRSS', 'COUNTY_HRSS']);
    expect(DUTIES.APPRENTICESHIP.holders('COUNTY_RATE')).toEqual(['COUNTY_HRSS']);
    expect(dutiesOf('COUNTY_HRSS')).toEqual({ APPRENTICESHIP: ['AGREEMENT', 'COUNTY_RATE'] });
    expect(DUTIES.APPRENTICESHIP.refusal('HRSS', 'COUNTY_RATE').zh).toBe(
      `${DEPARTMENT.label('HRSS')}无权办理企业新型学徒制（县定学徒补贴标准）：二(二)：由县（市、区）人社局办理`,
    );
    for (const d of ['FINANCE', 'COUNTY_FINANCE', 'UNION', 'EDUCATION', 'TAX', 'AUDIT']) {
      expect(DUTIES.APPRENTICESHIP.allows(d, 'AGREEMENT'), d).toBe(false);
    }
  });

  it('gives order-class agreements and hiring reports to HRSS alone (二(四), its lead)', () => {
    expect(DUTIES.ORDER_CLASS.holders('AGREEMENT')).toEqual(['HRSS']);
    expect(DUTIES.ORDER_CLASS.holders('HIRING_REPORT')).toEqual(['HRSS']);
    for (const d of ['FINANCE', 'COUNTY_FINANCE', 'COUNTY_HRSS', 'UNION', 'EDUCATION', 'TAX', 'AUDIT']) {
      expect(DUTIES.ORDER_CLASS.allows(d, 'HIRING_REPORT'), d).toBe(false);
    }
  });

  it('lets only the Audit Bureau read the audit trail, and gives it nothing else', () => {
    expect(DUTIES.AUDIT.holders('TRAIL')).toEqual(['AUDIT']);
    expect(dutiesOf('AUDIT')).toEqual({ AUDIT: ['TRAIL'] });
    for (const d of DEPARTMENT.codes) if (d !== 'AUDIT') expect(DUTIES.AUDIT.allows(d, 'TRAIL'), d).toBe(false);
  });

  it('refuses unknown departments and codes', () => {
    expect(DUTIES.HONOUR.allows('NOBODY', 'CHIEF_TECHNICIAN')).toBe(false);
    expect(DUTIES.HONOUR.allows('HRSS', 'NOBEL_PRIZE')).toBe(false);
    expect(DUTIES.HONOUR.allows('HRSS', 'toString')).toBe(false);
  });

  it('explains a refusal in Chinese: what, the clause and who may', () => {
    const r = DUTIES.HONOUR.refusal('UNION', 'CHIEF_TECHNICIAN');
    expect(r.zh).toBe(
      `${DEPARTMENT.label('UNION')}无权提名、审定表彰（${HONOUR_KIND.label('CHIEF_TECHNICIAN')}）：五(十四)：由市委组织部、市人力资源社会保障局办理`,
    );
    expect(r.en).toContain('五(十四)');
    expect(DUTIES.STUDIO.refusal('EDUCATION', 'NATIONAL').zh).toContain('二(六)');
    // 二(六) names HRSS as lead, but the union pays the colleges and alone handles them (a reading).
    expect(DUTIES.CRAFTSMAN_COLLEGE.refusal('HRSS', 'CITY').zh).toBe(
      `${DEPARTMENT.label('HRSS')}无权办理工匠学院（${CRAFTSMAN_COLLEGE_LEVEL.label('CITY')}）：二(六)：由市总工会办理`,
    );
    expect(DUTIES.CRAFTSMAN_COLLEGE.allows('UNION', 'CITY')).toBe(true);
  });

  it('gives each department these areas (what the protocol’s DEPARTMENT_PERMISSIONS must match)', () => {
    const areas = Object.fromEntries(DEPARTMENT.codes.map((d) => [d, Object.keys(dutiesOf(d)).sort()]));
    expect(areas).toEqual({
      HRSS: [
        'APPRENTICESHIP',
        'CERTIFICATE',
        'COLLEGE_MAJOR',
        'COLLEGE_PRIZE',
        'COMPETITION',
        'COMPLIANCE',
        'DIRECTORY',
        'EDUCATION_INVESTMENT',
        'GRADUATE_HIRING',
        'HONOUR',
        'ORDER_CLASS',
        'PII',
        'SKILL_AWARD',
        'STUDIO',
        'SUBSIDISED_TRAINING',
        'TARGET',
      ],
      FINANCE: ['ENTITLEMENT'],
      COUNTY_FINANCE: ['COUNTY_SHARE'],
      COUNTY_HRSS: ['APPRENTICESHIP'],
      UNION: ['COMPETITION', 'CRAFTSMAN_COLLEGE', 'HONOUR'],
      // 二(三): the colleges' majors and courses, which it co-leads with HRSS. 三(九) R14: the colleges' prizes
      // (DUTY_COLLEGE_PRIZE_EDUCATION); the skill awards stay HRSS's.
      EDUCATION: ['COLLEGE_MAJOR', 'COLLEGE_PRIZE'],
      TAX: [],
      AUDIT: ['AUDIT'],
    });
    expect(dutiesOf('UNION').HONOUR).toEqual([
      'GRAND_CRAFTSMAN',
      'CRAFTSMAN',
      'HANDICRAFT_CRAFTSMAN',
      'TECHNICAL_EXPERT',
      'SKILLS_CHAMPION',
    ]);
  });

  it('has Education and HRSS, the leads of 二(三), handle the colleges’ majors and courses of every kind; no one else', () => {
    for (const kind of DUTIES.COLLEGE_MAJOR.codes) {
      expect([...DUTIES.COLLEGE_MAJOR.holders(kind)].sort()).toEqual(['EDUCATION', 'HRSS']);
      expect(DUTIES.COLLEGE_MAJOR.allows('EDUCATION', kind)).toBe(true);
      expect(DUTIES.COLLEGE_MAJOR.allows('HRSS', kind)).toBe(true);
      for (const d of ['UNION', 'FINANCE', 'COUNTY_HRSS', 'TAX', 'AUDIT']) {
        expect(DUTIES.COLLEGE_MAJOR.allows(d, kind)).toBe(false);
      }
    }
    expect(DUTIES.COLLEGE_MAJOR.refusal('UNION', 'HIGH_LEVEL_MAJOR').zh).toContain('二(三)');
  });

  it('has HRSS, the lead of 二(四), record pilot enterprises’ investment; Education and Tax, only responsible, do not', () => {
    expect(DUTIES.EDUCATION_INVESTMENT.allows('HRSS', 'INVESTMENT_RECORD')).toBe(true);
    for (const d of ['EDUCATION', 'TAX', 'FINANCE', 'COUNTY_HRSS']) {
      expect(DUTIES.EDUCATION_INVESTMENT.allows(d, 'INVESTMENT_RECORD')).toBe(false);
    }
    expect(DUTIES.EDUCATION_INVESTMENT.refusal('EDUCATION', 'INVESTMENT_RECORD').zh).toMatch(
      /二\(四\)：由市人力资源社会保障局办理/,
    );
  });

  it('lets Education record its colleges’ prizes (三(九) R14) but not the skill awards or the competitions', () => {
    expect(DUTIES.COLLEGE_PRIZE.allows('EDUCATION', 'NATIONAL')).toBe(true);
    expect(DUTIES.COLLEGE_PRIZE.allows('HRSS', 'WORLD')).toBe(true);
    expect(DUTIES.COLLEGE_PRIZE.allows('UNION', 'NATIONAL')).toBe(false);
    expect(DUTIES.SKILL_AWARD.allows('HRSS', 'WORLDSKILLS_GOLD')).toBe(true);
    expect(DUTIES.SKILL_AWARD.allows('EDUCATION', 'WORLDSKILLS_GOLD')).toBe(false);
    expect(DUTIES.SKILL_AWARD.refusal('UNION', 'NATIONAL_TECHNICAL_EXPERT').zh).toMatch(
      /三\(九\)：由.*市人力资源社会保障局办理/,
    );
    expect(DUTIES.COMPETITION.allows('EDUCATION', 'NATIONAL')).toBe(false);
  });

  it('maps every department to a holder that is a body of the text, the counties or the Audit Bureau', () => {
    for (const d of DEPARTMENT.codes) {
      const h = DEPARTMENT_HOLDER[d];
      expect(COUNTY_HOLDERS.includes(h) || h === 'AUDIT' || (BODIES as readonly string[]).includes(h), d).toBe(true);
    }
  });
});
