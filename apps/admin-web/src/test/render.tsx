import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AuthProvider } from '../auth/AuthContext';
import { saveSession, type Account } from '../auth/session';

/** The dev accounts the tests sign in as (permissions as the gateway gives them). */
export const ACCOUNTS = {
  hrss: {
    username: 'hrss',
    displayName: '市人社局 · 职业能力建设科',
    department: 'HRSS',
    countyCode: null,
    permissions: ['directory:manage', 'evaluation:manage', 'pii:read'],
  },
  finance: {
    username: 'finance',
    displayName: '市财政局 · 社会保障科',
    department: 'FINANCE',
    countyCode: null,
    permissions: ['finance:manage'],
  },
  approver: {
    username: 'finance-approver',
    displayName: '市财政局 · 审批岗',
    department: 'FINANCE',
    countyCode: null,
    permissions: ['finance:manage'],
  },
  county: {
    username: 'rencheng-finance',
    displayName: '任城区财政局',
    department: 'COUNTY_FINANCE',
    countyCode: '370811',
    permissions: ['finance:county'],
  },
  auditor: {
    username: 'auditor',
    displayName: '市审计局 · 社会保障审计处',
    department: 'AUDIT',
    countyCode: null,
    permissions: ['audit:read'],
  },
} satisfies Record<string, Account>;

interface Options {
  account: Account;
  mocks: readonly MockLink.MockedResponse[];
  /** The URL the page opens at, e.g. /entitlements/e1. */
  url: string;
  /** The route pattern the page is mounted at, e.g. /entitlements/:id. */
  path: string;
}

/** A page as the app mounts it: signed in as `account`, with antd's App context, a router and mocked GraphQL. */
export function renderPage(page: ReactElement, { account, mocks, url, path }: Options) {
  saveSession({ token: 'test-token', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), account });
  return render(
    <AntApp>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[url]}>
          <AuthProvider>
            <Routes>
              <Route path={path} element={page} />
            </Routes>
          </AuthProvider>
        </MemoryRouter>
      </MockedProvider>
    </AntApp>,
  );
}
