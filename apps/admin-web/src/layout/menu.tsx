import type { ReactNode } from 'react';
import type { MenuProps } from 'antd';
import {
  AccountBookOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CrownOutlined,
  DesktopOutlined,
  FileSearchOutlined,
  ExperimentOutlined,
  NotificationOutlined,
  PayCircleOutlined,
  FundOutlined,
  HomeOutlined,
  LineChartOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  ToolOutlined,
  TrophyOutlined,
} from '@ant-design/icons';

type MenuItems = NonNullable<MenuProps['items']>;

/**
 * The side menu, one group per domain (subgraph) the gateway composes. Keys are route paths so the selected item
 * follows the URL. Every account may read the domains' lists; the work pages are added by role (`menuItemsFor`).
 */
export const menuItems: MenuItems = [
  {
    key: 'home',
    type: 'group',
    label: '我的工作',
    children: [{ key: '/home', icon: <HomeOutlined />, label: <span data-testid="nav-home">工作台</span> }],
  },
  {
    key: 'targets',
    type: 'group',
    label: '政策目标',
    children: [
      { key: '/targets', icon: <LineChartOutlined />, label: <span data-testid="nav-targets">目标进度</span> },
    ],
  },
  {
    key: 'directory',
    type: 'group',
    label: '人员与单位',
    children: [
      { key: '/people', icon: <TeamOutlined />, label: <span data-testid="nav-people">人员</span> },
      { key: '/organisations', icon: <TeamOutlined />, label: <span data-testid="nav-organisations">单位</span> },
    ],
  },
  {
    key: 'training',
    type: 'group',
    label: '培训',
    children: [
      {
        key: '/training/studios',
        icon: <ReadOutlined />,
        label: <span data-testid="nav-studios">技能大师工作室</span>,
      },
      {
        key: '/training/colleges',
        icon: <BankOutlined />,
        label: <span data-testid="nav-colleges">工匠学院</span>,
      },
      {
        key: '/training/college-majors',
        icon: <BankOutlined />,
        label: <span data-testid="nav-college-majors">院校专业建设</span>,
      },
      {
        key: '/training/graduates',
        icon: <SolutionOutlined />,
        label: <span data-testid="nav-graduates">毕业生就业补贴</span>,
      },
      {
        key: '/training/compliance',
        icon: <SafetyCertificateOutlined />,
        label: <span data-testid="nav-compliance">企业合规报告</span>,
      },
      {
        key: '/training/education-investments',
        icon: <BankOutlined />,
        label: <span data-testid="nav-education-investments">产教融合型企业投资</span>,
      },
      {
        key: '/training/apprenticeships',
        icon: <ToolOutlined />,
        label: <span data-testid="nav-apprenticeships">企业新型学徒</span>,
      },
      {
        key: '/training/apprenticeship-rates',
        icon: <ToolOutlined />,
        label: <span data-testid="nav-apprenticeship-rates">县定学徒补贴标准</span>,
      },
      {
        key: '/training/classes',
        icon: <ExperimentOutlined />,
        label: <span data-testid="nav-training-classes">补贴性培训班</span>,
      },
      {
        key: '/training/catalogue',
        icon: <FileSearchOutlined />,
        label: <span data-testid="nav-training-catalogue">补贴性培训目录</span>,
      },
      {
        key: '/training/order-classes',
        icon: <TeamOutlined />,
        label: <span data-testid="nav-order-classes">订单班聘用报告</span>,
      },
      {
        key: '/training/order-class-agreements',
        icon: <TeamOutlined />,
        label: <span data-testid="nav-order-class-agreements">订单班协议</span>,
      },
    ],
  },
  {
    key: 'evaluation',
    type: 'group',
    label: '评价',
    children: [
      {
        key: '/evaluation/certificates',
        icon: <AuditOutlined />,
        label: <span data-testid="nav-certificates">技能等级证书</span>,
      },
    ],
  },
  {
    key: 'competitions',
    type: 'group',
    label: '竞赛',
    children: [
      {
        key: '/competitions',
        icon: <ExperimentOutlined />,
        label: <span data-testid="nav-competitions">技能竞赛</span>,
      },
      {
        key: '/competitions/skill-awards',
        icon: <CrownOutlined />,
        label: <span data-testid="nav-skill-awards">技能奖项</span>,
      },
      {
        key: '/competitions/college-prizes',
        icon: <BankOutlined />,
        label: <span data-testid="nav-college-prizes">院校技能大赛获奖</span>,
      },
    ],
  },
  {
    key: 'awards',
    type: 'group',
    label: '表彰',
    children: [
      { key: '/awards/honours', icon: <TrophyOutlined />, label: <span data-testid="nav-honours">荣誉表彰</span> },
      {
        key: '/awards/publicity',
        icon: <TrophyOutlined />,
        label: <span data-testid="nav-honour-publicity">表彰公示</span>,
      },
      { key: '/awards/year', icon: <TrophyOutlined />, label: <span data-testid="nav-honour-year">年度名额</span> },
    ],
  },
  {
    key: 'finance',
    type: 'group',
    label: '资金',
    children: [
      {
        key: '/finance/entitlements',
        icon: <AccountBookOutlined />,
        label: <span data-testid="nav-entitlements">补贴资金</span>,
      },
    ],
  },
];

/**
 * The menu for an account: the work pages its role uses first, then the lists every account may read. Finance (city
 * or county) works in 财政: the workbench, 公示, 支付批次, 预算执行 and 报表与对账 (county finance reads 公示 and its
 * county's budgets and reports, and pays its own shares); the
 * Audit Bureau in 审计: the audit trail.
 */
export function menuItemsFor(
  roles: { financeWorkbench: boolean; audit?: boolean },
  workbenchLabel?: ReactNode,
): MenuItems {
  const groups: MenuItems = [];
  if (roles.audit) {
    groups.push({
      key: 'audit',
      type: 'group',
      label: '审计',
      children: [{ key: '/audit', icon: <FileSearchOutlined />, label: <span data-testid="nav-audit">审计日志</span> }],
    });
  }
  if (roles.financeWorkbench) {
    groups.push({
      key: 'work',
      type: 'group',
      label: '财政',
      children: [
        {
          key: '/finance',
          icon: <DesktopOutlined />,
          label: workbenchLabel ?? <span data-testid="nav-workbench">财政工作台</span>,
        },
        {
          key: '/finance/publicity',
          icon: <NotificationOutlined />,
          label: <span data-testid="nav-publicity">公示</span>,
        },
        {
          key: '/finance/payments',
          icon: <PayCircleOutlined />,
          label: <span data-testid="nav-payments">支付批次</span>,
        },
        { key: '/finance/budgets', icon: <FundOutlined />, label: <span data-testid="nav-budgets">预算执行</span> },
        {
          key: '/finance/reports',
          icon: <BarChartOutlined />,
          label: <span data-testid="nav-reports">报表与对账</span>,
        },
        {
          key: '/finance/tax-credits',
          icon: <FundOutlined />,
          label: <span data-testid="nav-tax-credits">教育费附加抵免台账</span>,
        },
      ],
    });
  }
  // The account's 工作台 first, then its role's work pages, then the lists every account reads.
  const [home, ...lists] = menuItems;
  return [home!, ...groups, ...lists];
}

type MenuLeaf = { key: string; icon?: ReactNode; label: ReactNode };

/**
  '/training/order-classes',
  '/training/order-class-agreements',
 * A menu entry's icon and words, for a link to its page elsewhere (the 工作台's shortcuts): the words are the text of
 * the entry's label, so a shortcut is named as the menu names it without a second test id.
 */
export function menuEntry(key: string): { key: string; icon?: ReactNode; text: string } | undefined {
  for (const group of menuItemsFor({ financeWorkbench: true, audit: true })) {
    const children = (group as { children?: MenuLeaf[] } | null)?.children ?? [];
    const leaf = children.find((c) => c.key === key);
    if (!leaf) continue;
    const label = leaf.label as { props?: { children?: unknown } };
    const text = typeof label?.props?.children === 'string' ? label.props.children : String(key);
    return { key, icon: leaf.icon, text };
  }
  return undefined;
}

// Longer keys first: /finance/entitlements is the list, /finance/publicity/:id a batch of 公示, /finance the workbench.
const routeKeys = [
  '/home',
  '/people',
  '/organisations',
  '/training/studios',
  '/training/colleges',
  '/training/graduates',
  '/training/college-majors',
  '/training/compliance',
  '/training/education-investments',
  '/training/apprenticeships',
  '/training/apprenticeship-rates',
  '/training/classes',
  '/training/catalogue',
  '/evaluation/certificates',
  '/competitions/skill-awards',
  '/competitions/college-prizes',
  '/competitions',
  '/awards/honours',
  '/awards/publicity',
  '/awards/year',
  '/finance/entitlements',
  '/finance/publicity',
  '/finance/payments',
  '/finance/budgets',
  '/finance/reports',
  '/finance/tax-credits',
  '/finance',
  '/audit',
  '/targets',
];

/**
 * The menu key to highlight for a path: a person's page (/people/:id) keeps 人员 selected, an entitlement's page
 * (/entitlements/:id) the workbench it is worked from.
 */
export function selectedMenuKey(pathname: string): string | undefined {
  if (pathname.startsWith('/entitlements/')) return '/finance';
  return routeKeys.find((key) => pathname === key || pathname.startsWith(`${key}/`));
}
