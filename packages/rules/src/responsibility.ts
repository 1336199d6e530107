import type { Body } from './bodies.ts';
import type { Clause } from './clauses.ts';

export interface Responsibility {
  /** 牵头: leads the item. */
  readonly lead: readonly Body[];
  /** 负责: shares responsibility for the item. */
  readonly responsible: readonly Body[];
}

/**
 * The bracket at the end of each item of the original text, transcribed in the text's order.
 * 一 (targets) and the closing paragraph carry no bracket; the platform's permission model should
 * treat them as readable by all issuing bodies and managed by no one in particular.
 */
export const RESPONSIBILITY: Readonly<Partial<Record<Clause, Responsibility>>> = {
  '二(一)': {
    lead: ['HRSS'],
    responsible: [
      'EDUCATION',
      'INDUSTRY_IT',
      'CIVIL_AFFAIRS',
      'FINANCE',
      'HOUSING',
      'HEALTH',
      'SASAC',
      'ENERGY',
      'UNION',
      'PUBLIC_RESOURCES_TRADING',
    ],
  },
  '二(二)': { lead: ['HRSS'], responsible: ['FINANCE'] },
  '二(三)': { lead: ['EDUCATION', 'HRSS'], responsible: ['STAFFING_OFFICE', 'DEVELOPMENT_REFORM', 'FINANCE'] },
  '二(四)': { lead: ['HRSS'], responsible: ['EDUCATION', 'DEVELOPMENT_REFORM', 'INDUSTRY_IT', 'FINANCE', 'TAX'] },
  '二(五)': { lead: ['HRSS'], responsible: ['EDUCATION', 'FINANCE'] },
  '二(六)': { lead: ['HRSS'], responsible: ['DEVELOPMENT_REFORM', 'EDUCATION', 'INDUSTRY_IT', 'FINANCE', 'UNION'] },
  '三(七)': { lead: ['ORG_DEPT', 'HRSS'], responsible: ['EDUCATION', 'SCIENCE_TECH', 'INDUSTRY_IT', 'SASAC', 'UNION'] },
  '三(八)': { lead: ['HRSS', 'SASAC'], responsible: ['UNION'] },
  '三(九)': { lead: ['ORG_DEPT', 'HRSS'], responsible: ['EDUCATION', 'FINANCE'] },
  '四(十)': { lead: ['HRSS'], responsible: ['INDUSTRY_IT', 'SASAC'] },
  '四(十一)': { lead: ['HRSS'], responsible: ['CIVIL_AFFAIRS', 'FEDERATION_INDUSTRY_COMMERCE'] },
  '四(十二)': { lead: ['HRSS'], responsible: ['EDUCATION'] },
  '四(十三)': { lead: ['HRSS', 'UNION'], responsible: ['EDUCATION', 'INDUSTRY_IT'] },
  '五(十四)': { lead: ['ORG_DEPT', 'HRSS'], responsible: ['FINANCE', 'UNION', 'YOUTH_LEAGUE', 'WOMEN_FEDERATION'] },
  '五(十五)': { lead: ['ORG_DEPT'], responsible: ['HRSS', 'EDUCATION', 'UNION', 'YOUTH_LEAGUE', 'WOMEN_FEDERATION'] },
  六: { lead: ['ORG_DEPT', 'HRSS'], responsible: ['PUBLICITY', 'EDUCATION', 'FINANCE', 'TAX', 'UNION'] },
};

const NONE: Responsibility = { lead: [], responsible: [] };

export function responsibilityFor(clause: Clause): Responsibility {
  return RESPONSIBILITY[clause] ?? NONE;
}

/** The clauses a body leads or is responsible for — the input to the platform's permission model. */
export function clausesOf(body: Body): { lead: Clause[]; responsible: Clause[] } {
  const lead: Clause[] = [];
  const responsible: Clause[] = [];
  for (const [clause, r] of Object.entries(RESPONSIBILITY) as [Clause, Responsibility][]) {
    if (r.lead.includes(body)) lead.push(clause);
    if (r.responsible.includes(body)) responsible.push(clause);
  }
  return { lead, responsible };
}

export function canManage(body: Body, clause: Clause): boolean {
  const r = responsibilityFor(clause);
  return r.lead.includes(body) || r.responsible.includes(body);
}
