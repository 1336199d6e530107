import { describe, expect, it } from 'vitest';
import { homePath } from '../auth/roles';
import { ACCOUNTS } from '../test/render';
import { menuEntry, menuItemsFor, selectedMenuKey } from './menu';

const keys = (items: ReturnType<typeof menuItemsFor>) =>
  items.flatMap((item) => (item && 'children' in item && item.children ? item.children.map((c) => c?.key) : []));

describe('menu by role', () => {
  it('puts 财政工作台, 公示 and 支付批次 first for finance, city or county, and not for others', () => {
    expect(keys(menuItemsFor({ financeWorkbench: true })).slice(0, 4)).toEqual([
      '/home',
      '/finance',
      '/finance/publicity',
      '/finance/payments',
    ]);
    expect(keys(menuItemsFor({ financeWorkbench: false }))).not.toContain('/finance');
    expect(keys(menuItemsFor({ financeWorkbench: false }))).not.toContain('/finance/payments');
    // 预算执行 and 报表与对账 follow the payment pages, for finance only.
    expect(keys(menuItemsFor({ financeWorkbench: true })).slice(0, 6)).toEqual([
      '/home',
      '/finance',
      '/finance/publicity',
      '/finance/payments',
      '/finance/budgets',
      '/finance/reports',
    ]);
    expect(keys(menuItemsFor({ financeWorkbench: false }))).not.toContain('/finance/budgets');
    // Every account still reads the domains' lists.
    expect(keys(menuItemsFor({ financeWorkbench: false }))).toContain('/people');
  });

  it('offers 审计日志 to audit:read only, first, and sends the auditor there', () => {
    expect(keys(menuItemsFor({ financeWorkbench: false, audit: true })).slice(0, 2)).toEqual(['/home', '/audit']);
    expect(keys(menuItemsFor({ financeWorkbench: false }))).not.toContain('/audit');
    expect(keys(menuItemsFor({ financeWorkbench: true }))).not.toContain('/audit');
    expect(selectedMenuKey('/audit')).toBe('/audit');
  });

  it('sends every account home to its 工作台, first in its menu, and names shortcuts as the menu does', () => {
    for (const account of [ACCOUNTS.finance, ACCOUNTS.county, ACCOUNTS.hrss, ACCOUNTS.auditor, null]) {
      expect(homePath(account)).toBe('/home');
    }
    for (const roles of [{ financeWorkbench: true }, { financeWorkbench: false, audit: true }]) {
      expect(keys(menuItemsFor(roles))[0]).toBe('/home');
    }
    expect(selectedMenuKey('/home')).toBe('/home');
    expect(menuEntry('/finance/payments')).toMatchObject({ key: '/finance/payments', text: '支付批次' });
    expect(menuEntry('/people')?.text).toBe('人员');
    expect(menuEntry('/nowhere')).toBeUndefined();
  });

  it('highlights the workbench on an entitlement’s page, and the list on its own', () => {
    expect(selectedMenuKey('/entitlements/e1')).toBe('/finance');
    expect(selectedMenuKey('/finance')).toBe('/finance');
    expect(selectedMenuKey('/finance/entitlements')).toBe('/finance/entitlements');
    expect(selectedMenuKey('/finance/budgets')).toBe('/finance/budgets');
    expect(selectedMenuKey('/finance/reports')).toBe('/finance/reports');
    expect(selectedMenuKey('/people/p1')).toBe('/people');
    expect(selectedMenuKey('/finance/publicity/b1')).toBe('/finance/publicity');
    expect(selectedMenuKey('/finance/payments/b1')).toBe('/finance/payments');
    // The awards of 三(九) keep their own entries, not 技能竞赛's.
    expect(selectedMenuKey('/competitions/college-prizes/p1')).toBe('/competitions/college-prizes');
    expect(selectedMenuKey('/competitions/skill-awards')).toBe('/competitions/skill-awards');
    expect(selectedMenuKey('/competitions/c1')).toBe('/competitions');
  });
});
