import { DEPARTMENT, DUTIES, DUTY_AREAS, HONOUR_KIND, type Duty } from '@jining/rules';
import { describe, expect, it } from 'vitest';
import {
  AREA_PERMISSIONS,
  DEPARTMENT_PERMISSIONS,
  DEPARTMENTS,
  hasDuty,
  KitError,
  permissionsFromDuties,
  requireDuty,
  type Permission,
} from '../src/index.ts';
import { DEV_ACCOUNTS, devPrincipal } from '../src/testing.ts';

const duties = DUTY_AREAS.map((a) => DUTIES[a] as Duty<string>);

describe('duties at the kit: the protocol’s permissions follow the rules’ duty map', () => {
  it('guards every area of the map with one permission, and every permission guards an area', () => {
    // One subgraph's permission may guard several areas: training:manage guards the studios and the colleges.
    expect(Object.keys(AREA_PERMISSIONS).sort()).toEqual([...DUTY_AREAS].sort());
    const all: Permission[] = [
      'directory:manage',
      'evaluation:manage',
      'training:manage',
      'competitions:manage',
      'awards:manage',
      'finance:manage',
      'finance:county',
      'pii:read',
      'audit:read',
    ];
    // An area may share its subgraph's permission (training's guards studios, craftsman colleges and graduate
    // hiring): every permission guards an area.
    expect([...new Set(Object.values(AREA_PERMISSIONS))].sort()).toEqual(all.sort());
    expect(
      Object.entries(AREA_PERMISSIONS)
        .filter(([, p]) => p === 'training:manage')
        .map(([a]) => a)
        .sort(),
    ).toEqual([
      'APPRENTICESHIP',
      'COLLEGE_MAJOR',
      'COMPLIANCE',
      'CRAFTSMAN_COLLEGE',
      'EDUCATION_INVESTMENT',
      'GRADUATE_HIRING',
      'ORDER_CLASS',
      'STUDIO',
      'SUBSIDISED_TRAINING',
    ]);
  });

  it.each(DEPARTMENTS.map((d) => [d]))(
    '%s: DEPARTMENT_PERMISSIONS is exactly what its duties call for',
    (department) => {
      expect([...DEPARTMENT_PERMISSIONS[department]].sort()).toEqual(permissionsFromDuties(duties, department).sort());
    },
  );

  it('gives every dev account its department’s permissions, and every department of the rules a table row', () => {
    expect([...DEPARTMENTS].sort()).toEqual([...DEPARTMENT.codes].sort());
    for (const a of DEV_ACCOUNTS) expect(a.permissions, a.username).toEqual(DEPARTMENT_PERMISSIONS[a.department]);
    // Maker-checker needs two accounts of the department that decides most honours.
    expect(DEV_ACCOUNTS.filter((a) => a.department === 'HRSS').length).toBeGreaterThanOrEqual(2);
  });

  it('requireDuty passes a department holding the duty for the code and refuses any other as FORBIDDEN', () => {
    const hrss = devPrincipal('hrss');
    const union = devPrincipal('union');
    expect(() => requireDuty(hrss, DUTIES.HONOUR, 'CHIEF_TECHNICIAN')).not.toThrow();
    expect(hasDuty(union, DUTIES.HONOUR, 'GRAND_CRAFTSMAN')).toBe(true);
    let thrown: unknown;
    try {
      requireDuty(union, DUTIES.HONOUR, 'CHIEF_TECHNICIAN');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KitError);
    const e = thrown as KitError;
    expect(e.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_THIS_DEPARTMENTS_DUTY' });
    expect(e.message).toContain(HONOUR_KIND.label('CHIEF_TECHNICIAN'));
    expect(e.message).toContain('五(十四)');
    expect(() => requireDuty(devPrincipal('education'), DUTIES.STUDIO, 'NATIONAL')).toThrow(/二\(六\)/);
  });
});
