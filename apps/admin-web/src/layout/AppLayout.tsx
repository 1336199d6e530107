import { Suspense } from 'react';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { departmentLabels } from '../labels';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { canManageFinance, canReadAudit, usesFinanceWorkbench } from '../auth/roles';
import { menuItemsFor, selectedMenuKey } from './menu';
import { WorkbenchNavLabel } from './WorkbenchNavLabel';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { account, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const selected = selectedMenuKey(location.pathname);
  // City finance sees how much waits for it beside 财政工作台; county finance (read-only for now) sees the entry only.
  const items = menuItemsFor(
    { financeWorkbench: usesFinanceWorkbench(account), audit: canReadAudit(account) },
    canManageFinance(account) ? <WorkbenchNavLabel /> : undefined,
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', paddingInline: 24 }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          济宁市高技能人才政策管理平台
        </Typography.Title>
        {account && (
          <Space size="middle">
            {/* The display name already says the office; the department's full name is a hover hint. */}
            <Typography.Text
              style={{ color: '#fff' }}
              title={departmentLabels[account.department] ?? account.department}
            >
              <UserOutlined /> <span data-testid="header-display-name">{account.displayName}</span>
            </Typography.Text>
            <Button icon={<KeyOutlined />} onClick={() => navigate('/account/password')} data-testid="change-password">
              修改密码
            </Button>
            <Button icon={<LogoutOutlined />} onClick={signOut} data-testid="logout">
              退出登录
            </Button>
          </Space>
        )}
      </Header>
      <Layout>
        {/* Collapses to icons below 1200 px (or by its trigger), so a 1024 px screen keeps the table's columns. It
            stays in view and its menu scrolls on its own: a menu of some thirty entries must not make every page as
            tall as itself, nor hide its last entries behind the collapse trigger. */}
        <Sider
          width={220}
          theme="light"
          collapsible
          breakpoint="xl"
          collapsedWidth={64}
          style={{ position: 'sticky', top: 0, height: 'calc(100vh - 64px)' }}
        >
          <Menu
            mode="inline"
            items={items}
            selectedKeys={selected ? [selected] : []}
            onClick={({ key }) => navigate(key)}
            // The menu scrolls, not the sider: the sider's room for its trigger (fixed at the window's bottom) stays
            // below the menu, so an entry scrolled into view is never under the trigger.
            style={{ height: '100%', overflowY: 'auto', borderInlineEnd: 0 }}
          />
        </Sider>
        <Content style={{ padding: 24 }}>
          {/* Keyed by path so an error on one page does not stick when the user navigates away. */}
          <ErrorBoundary key={location.pathname}>
            {/* Each page is its own chunk: a spinner while it loads the first time. */}
            <Suspense
              fallback={<Spin size="large" style={{ display: 'block', margin: '80px auto' }} aria-label="加载中" />}
            >
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Content>
      </Layout>
    </Layout>
  );
}
