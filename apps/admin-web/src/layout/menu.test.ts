import { describe, expect, it } from 'vitest';
import { homePath } from '../auth/roles';
import { ACCOUNTS } from '../test/render';
import { menuItemsFor, selectedMenuKey } from './menu';

const keys = (items: ReturnType<typeof menuItemsFor>) =>
  items.flatMap((item) => (item && 'children' in item && item.children ? item.children.map((c) => c?.key) : []));

describe('menu by role', () => {
  it('puts 财政工作台, 公示 and 支付批次 first for finance, city or county, and not for others', () => {
    expect(keys(menuItemsFor({ financeWorkbench: true })).slice(0, 3)).toEqual([
      '/finance',
      '/finance/publicity',
      '/finance/payments',
    ]);
    expect(keys(menuItemsFor({ financeWorkbench: false }))).not.toContain('/finance');
    expect(keys(menuItemsFor({ financeWorkbench: false }))).not.toContain('/finance/payments');
    // 预算执行 and 报表与对账 follow the payment pages, for finance only.
    expect(keys(menuItemsFor({ financeWorkbench: true })).slice(0, 5)).toEqual([
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
    expect(keys(menuItemsFor({ financeWorkbench: false, audit: true }))[0]).toBe('/audit');
    expect(keys(menuItemsFor({ financeWorkbench: false }))).not.toContain('/audit');
    expect(keys(menuItemsFor({ financeWorkbench: true }))).not.toContain('/audit');
    expect(homePath(ACCOUNTS.auditor)).toBe('/audit');
    expect(selectedMenuKey('/audit')).toBe('/audit');
  });

  it('sends each account home to its work', () => {
    expect(homePath(ACCOUNTS.finance)).toBe('/finance');
    expect(homePath(ACCOUNTS.county)).toBe('/finance');
    expect(homePath(ACCOUNTS.hrss)).toBe('/people');
    expect(homePath(null)).toBe('/people');
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
