import { useEffect, useState } from 'react';
import { Card, Layout, Typography } from 'antd';
import { POLICY_SOURCE, POLICY_YEARS } from '@jining/rules/vocabulary';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { listDevAccounts, login, type DevAccount } from '../auth/authApi';
import { LoginForm } from '../auth/LoginForm';

/** Where RequireAuth sends the user, with the page to return to and whether the old session expired. */
export interface LoginLocationState {
  from?: string;
  expired?: boolean;
}

export function LoginPage() {
  const { account, signIn } = useAuth();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginLocationState;
  const [accounts, setAccounts] = useState<DevAccount[]>([]);

  useEffect(() => {
    let live = true;
    void listDevAccounts().then((list) => live && setAccounts(list));
    return () => {
      live = false;
    };
  }, []);

  if (account) return <Navigate to={state.from ?? '/'} replace />;

  async function submit(username: string, password: string) {
    signIn(await login(username, password));
    navigate(state.from ?? '/', { replace: true });
  }

  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          济宁市高技能人才政策管理平台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {POLICY_SOURCE} · {POLICY_YEARS.first}—{POLICY_YEARS.last} 年
        </Typography.Paragraph>
        <LoginForm onSubmit={submit} accounts={accounts} notice={state.expired ? '登录已过期，请重新登录' : null} />
      </Card>
    </Layout>
  );
}
