import { useCallback } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuthProvider } from './auth/AuthContext';
import { RequireAuth } from './auth/RequireAuth';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/LoginPage';
import { PeoplePage } from './pages/directory/PeoplePage';
import { OrganisationsPage } from './pages/directory/OrganisationsPage';
import { PersonPage } from './pages/person/PersonPage';
import { MasterStudiosPage } from './pages/training/MasterStudiosPage';
import { SkillCertificatesPage } from './pages/evaluation/SkillCertificatesPage';
import { CompetitionsPage } from './pages/competitions/CompetitionsPage';
import { HonoursPage } from './pages/awards/HonoursPage';
import { EntitlementsPage } from './pages/finance/EntitlementsPage';

export function App({ client }: { client: ApolloClient }) {
  // Another user may sign in next on the same browser: never show them the previous user's cached rows.
  const dropCache = useCallback(() => void client.clearStore(), [client]);

  return (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <ApolloProvider client={client}>
          <BrowserRouter>
            <AuthProvider onSignOut={dropCache}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route
                  element={
                    <RequireAuth>
                      <AppLayout />
                    </RequireAuth>
                  }
                >
                  <Route index element={<Navigate to="/people" replace />} />
                  <Route path="people" element={<PeoplePage />} />
                  <Route path="people/:id" element={<PersonPage />} />
                  <Route path="organisations" element={<OrganisationsPage />} />
                  <Route path="training/studios" element={<MasterStudiosPage />} />
                  <Route path="evaluation/certificates" element={<SkillCertificatesPage />} />
                  <Route path="competitions" element={<CompetitionsPage />} />
                  <Route path="awards/honours" element={<HonoursPage />} />
                  <Route path="finance/entitlements" element={<EntitlementsPage />} />
                  <Route path="*" element={<Navigate to="/people" replace />} />
                </Route>
              </Routes>
            </AuthProvider>
          </BrowserRouter>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
