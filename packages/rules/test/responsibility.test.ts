import { describe, expect, it } from 'vitest';
import {
  BODIES,
  BODY_LABELS,
  canManage,
  CLAUSES,
  clausesOf,
  RESPONSIBILITY,
  responsibilityFor,
  RULE_CLAUSES,
} from '../src/index.ts';

describe('responsibility map: 牵头 and 负责 bodies of each item, from the original text', () => {
  it.each([
    [
      '二(一)',
      ['HRSS'],
      [
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
    ],
    ['二(二)', ['HRSS'], ['FINANCE']],
    ['二(三)', ['EDUCATION', 'HRSS'], ['STAFFING_OFFICE', 'DEVELOPMENT_REFORM', 'FINANCE']],
    ['二(四)', ['HRSS'], ['EDUCATION', 'DEVELOPMENT_REFORM', 'INDUSTRY_IT', 'FINANCE', 'TAX']],
    ['二(五)', ['HRSS'], ['EDUCATION', 'FINANCE']],
    ['二(六)', ['HRSS'], ['DEVELOPMENT_REFORM', 'EDUCATION', 'INDUSTRY_IT', 'FINANCE', 'UNION']],
    ['三(七)', ['ORG_DEPT', 'HRSS'], ['EDUCATION', 'SCIENCE_TECH', 'INDUSTRY_IT', 'SASAC', 'UNION']],
    ['三(八)', ['HRSS', 'SASAC'], ['UNION']],
    ['三(九)', ['ORG_DEPT', 'HRSS'], ['EDUCATION', 'FINANCE']],
    ['四(十)', ['HRSS'], ['INDUSTRY_IT', 'SASAC']],
    ['四(十一)', ['HRSS'], ['CIVIL_AFFAIRS', 'FEDERATION_INDUSTRY_COMMERCE']],
    ['四(十二)', ['HRSS'], ['EDUCATION']],
    ['四(十三)', ['HRSS', 'UNION'], ['EDUCATION', 'INDUSTRY_IT']],
    ['五(十四)', ['ORG_DEPT', 'HRSS'], ['FINANCE', 'UNION', 'YOUTH_LEAGUE', 'WOMEN_FEDERATION']],
    ['五(十五)', ['ORG_DEPT'], ['HRSS', 'EDUCATION', 'UNION', 'YOUTH_LEAGUE', 'WOMEN_FEDERATION']],
    ['六', ['ORG_DEPT', 'HRSS'], ['PUBLICITY', 'EDUCATION', 'FINANCE', 'TAX', 'UNION']],
  ] as const)('%s: lead %j, responsible %j', (clause, lead, responsible) => {
    expect(responsibilityFor(clause)).toEqual({ lead, responsible });
  });

  it('covers every numbered item; 一 and the closing paragraph have no bracket', () => {
    expect(Object.keys(RESPONSIBILITY).length).toBe(CLAUSES.length - 2);
    expect(responsibilityFor('一')).toEqual({ lead: [], responsible: [] });
    expect(responsibilityFor('末段')).toEqual({ lead: [], responsible: [] });
  });

  it('names all 20 issuing bodies with Chinese labels, and every body appears somewhere', () => {
    expect(BODIES).toHaveLength(20);
    for (const b of BODIES) {
      expect(BODY_LABELS[b].zh).toMatch(/^(市|团市委)/);
      const c = clausesOf(b);
      expect(c.lead.length + c.responsible.length, b).toBeGreaterThan(0);
    }
  });

  it('lets the permission model ask who manages a rule', () => {
    expect(canManage('TAX', RULE_CLAUSES.R4)).toBe(true);
    expect(canManage('UNION', RULE_CLAUSES.R9)).toBe(true);
    expect(canManage('TAX', RULE_CLAUSES.R1)).toBe(false);
    expect(clausesOf('HRSS').lead).toContain('二(二)');
  });
});
