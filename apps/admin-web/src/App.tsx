import { lazy, Suspense, type ComponentType } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AuthProvider, useAuth } from './auth/AuthContext';
import { RequireAuth } from './auth/RequireAuth';
import { homePath } from './auth/roles';
import { LoginPage } from './pages/LoginPage';
import { usePrefersReducedMotion } from './a11y/reducedMotion';

// Every page after login is its own chunk, loaded when first visited: the login page carries only what it needs.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const AppShell = page(() => import('./layout/AppShell'), 'AppShell');
const HomePage = page(() => import('./pages/home'), 'HomePage');
const PeoplePage = page(() => import('./pages/directory/PeoplePage'), 'PeoplePage');
const OrganisationsPage = page(() => import('./pages/directory/OrganisationsPage'), 'OrganisationsPage');
const OrganisationPage = page(() => import('./pages/directory/OrganisationPage'), 'OrganisationPage');
const PersonPage = page(() => import('./pages/person/PersonPage'), 'PersonPage');
const training = () => import('./pages/training');
const MasterStudiosPage = page(training, 'MasterStudiosPage');
const StudioPage = page(training, 'StudioPage');
const StudioPublicityPage = page(training, 'StudioPublicityPage');
const CraftsmanCollegesPage = page(training, 'CraftsmanCollegesPage');
const CraftsmanCollegePage = page(training, 'CraftsmanCollegePage');
const graduates = () => import('./pages/training/graduates');
const GraduateHiresPage = page(graduates, 'GraduateHiresPage');
const GraduateHirePage = page(graduates, 'GraduateHirePage');
const collegeMajors = () => import('./pages/training/college-majors');
const CollegeMajorsPage = page(collegeMajors, 'CollegeMajorsPage');
const CollegeMajorPage = page(collegeMajors, 'CollegeMajorPage');
const compliance = () => import('./pages/training/compliance');
const ComplianceReportsPage = page(compliance, 'ComplianceReportsPage');
const ComplianceReportPage = page(compliance, 'ComplianceReportPage');
const educationInvestment = () => import('./pages/training/education-investment');
const EducationInvestmentsPage = page(educationInvestment, 'EducationInvestmentsPage');
const EducationInvestmentPage = page(educationInvestment, 'EducationInvestmentPage');
const orderClasses = () => import('./pages/training/order-classes');
const OrderClassReportsPage = page(orderClasses, 'OrderClassReportsPage');
const OrderClassReportPage = page(orderClasses, 'OrderClassReportPage');
const OrderClassAgreementsPage = page(orderClasses, 'OrderClassAgreementsPage');
const TaxCreditLedgerPage = page(educationInvestment, 'TaxCreditLedgerPage');
const apprenticeships = () => import('./pages/training/apprenticeships');
const ApprenticeshipsPage = page(apprenticeships, 'ApprenticeshipsPage');
const ApprenticeshipPage = page(apprenticeships, 'ApprenticeshipPage');
const ApprenticeshipRatesPage = page(apprenticeships, 'ApprenticeshipRatesPage');
const subsidised = () => import('./pages/training/subsidised');
const TrainingCataloguePage = page(subsidised, 'TrainingCataloguePage');
const CatalogueLinePage = page(subsidised, 'CatalogueLinePage');
const TrainingClassesPage = page(subsidised, 'TrainingClassesPage');
const TrainingClassPage = page(subsidised, 'TrainingClassPage');
const SkillCertificatesPage = page(() => import('./pages/evaluation/SkillCertificatesPage'), 'SkillCertificatesPage');
// One chunk for the competition pages, as for the honours.
const competitions = () => import('./pages/competitions');
const CompetitionsPage = page(competitions, 'CompetitionsPage');
const CompetitionPage = page(competitions, 'CompetitionPage');
// One chunk for the awards of 三(九) recorded in competitions (college prizes R14, skill awards R10–R13).
const awardsOf39 = () => import('./pages/competitions/awards');
const CollegePrizesPage = page(awardsOf39, 'CollegePrizesPage');
const CollegePrizePage = page(awardsOf39, 'CollegePrizePage');
const SkillAwardsPage = page(awardsOf39, 'SkillAwardsPage');
const SkillAwardPage = page(awardsOf39, 'SkillAwardPage');
// One chunk for the honours pages: no new file name in the login route's preload map.
const awards = () => import('./pages/awards');
const HonoursPage = page(awards, 'HonoursPage');
const HonourPage = page(awards, 'HonourPage');
const HonourPublicityPage = page(awards, 'HonourPublicityPage');
const HonourYearPage = page(awards, 'HonourYearPage');
const EntitlementsPage = page(() => import('./pages/finance/EntitlementsPage'), 'EntitlementsPage');
const FinanceWorkbenchPage = page(() => import('./pages/finance/FinanceWorkbenchPage'), 'FinanceWorkbenchPage');
const EntitlementPage = page(() => import('./pages/finance/EntitlementPage'), 'EntitlementPage');
const publicity = () => import('./pages/finance/publicity');
const PublicityBatchesPage = page(publicity, 'PublicityBatchesPage');
const PublicityBatchPage = page(publicity, 'PublicityBatchPage');
const payments = () => import('./pages/finance/payments');
const PaymentsPage = page(payments, 'PaymentsPage');
const PaymentBatchPage = page(payments, 'PaymentBatchPage');
const AuditPage = page(() => import('./pages/audit/AuditPage'), 'AuditPage');
const BudgetsPage = page(() => import('./pages/finance/BudgetsPage'), 'BudgetsPage');
const ReportsPage = page(() => import('./pages/finance/ReportsPage'), 'ReportsPage');
const TargetsDashboardPage = page(() => import('./pages/targets'), 'TargetsDashboardPage');
const PasswordPage = page(() => import('./pages/account/PasswordPage'), 'PasswordPage');

/** `/` and unknown paths: the account's 工作台 (its waiting work). */
function Home() {
  const { account } = useAuth();
  return <Navigate to={homePath(account)} replace />;
}

/** Signing out empties the GraphQL cache, when there is one: importing it here would put Apollo in the login page. */
const dropCache = () => void import('./apollo/instance').then((m) => m.dropCachedRows());

export function App() {
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { motion: !reducedMotion } }}>
      <AntApp>
        <BrowserRouter>
          <AuthProvider onSignOut={dropCache}>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                element={
                  <RequireAuth>
                    <Suspense fallback={null}>
                      <AppShell />
                    </Suspense>
                  </RequireAuth>
                }
              >
                <Route index element={<Home />} />
                <Route path="home" element={<HomePage />} />
                <Route path="people" element={<PeoplePage />} />
                <Route path="people/:id" element={<PersonPage />} />
                <Route path="organisations" element={<OrganisationsPage />} />
                <Route path="organisations/:id" element={<OrganisationPage />} />
                <Route path="training/studios" element={<MasterStudiosPage />} />
                <Route path="training/order-classes" element={<OrderClassReportsPage />} />
                <Route path="training/order-classes/:id" element={<OrderClassReportPage />} />
                <Route path="training/order-class-agreements" element={<OrderClassAgreementsPage />} />
                <Route path="training/studios/publicity" element={<StudioPublicityPage />} />
                <Route path="training/studios/:id" element={<StudioPage />} />
                <Route path="training/colleges" element={<CraftsmanCollegesPage />} />
                <Route path="training/colleges/:id" element={<CraftsmanCollegePage />} />
                <Route path="training/graduates" element={<GraduateHiresPage />} />
                <Route path="training/graduates/:id" element={<GraduateHirePage />} />
                <Route path="training/college-majors" element={<CollegeMajorsPage />} />
                <Route path="training/college-majors/:id" element={<CollegeMajorPage />} />
                <Route path="training/compliance" element={<ComplianceReportsPage />} />
                <Route path="training/compliance/:id" element={<ComplianceReportPage />} />
                <Route path="training/education-investments" element={<EducationInvestmentsPage />} />
                <Route path="training/education-investments/:id" element={<EducationInvestmentPage />} />
                <Route path="training/apprenticeships" element={<ApprenticeshipsPage />} />
                <Route path="training/apprenticeships/:id" element={<ApprenticeshipPage />} />
                <Route path="training/apprenticeship-rates" element={<ApprenticeshipRatesPage />} />
                <Route path="training/catalogue" element={<TrainingCataloguePage />} />
                <Route path="training/catalogue/:id" element={<CatalogueLinePage />} />
                <Route path="training/classes" element={<TrainingClassesPage />} />
                <Route path="training/classes/:id" element={<TrainingClassPage />} />
                <Route path="evaluation/certificates" element={<SkillCertificatesPage />} />
                <Route path="competitions" element={<CompetitionsPage />} />
                <Route path="competitions/college-prizes" element={<CollegePrizesPage />} />
                <Route path="competitions/college-prizes/:id" element={<CollegePrizePage />} />
                <Route path="competitions/skill-awards" element={<SkillAwardsPage />} />
                <Route path="competitions/skill-awards/:id" element={<SkillAwardPage />} />
                <Route path="competitions/:id" element={<CompetitionPage />} />
                <Route path="awards/honours" element={<HonoursPage />} />
                <Route path="awards/honours/:id" element={<HonourPage />} />
                <Route path="awards/publicity" element={<HonourPublicityPage />} />
                <Route path="awards/year" element={<HonourYearPage />} />
                <Route path="finance/entitlements" element={<EntitlementsPage />} />
                <Route path="finance" element={<FinanceWorkbenchPage />} />
                <Route path="finance/publicity" element={<PublicityBatchesPage />} />
                <Route path="finance/publicity/:id" element={<PublicityBatchPage />} />
                <Route path="finance/payments" element={<PaymentsPage />} />
                <Route path="finance/payments/:id" element={<PaymentBatchPage />} />
                <Route path="finance/budgets" element={<BudgetsPage />} />
                <Route path="finance/reports" element={<ReportsPage />} />
                <Route path="finance/tax-credits" element={<TaxCreditLedgerPage />} />
                <Route path="entitlements/:id" element={<EntitlementPage />} />
                <Route path="targets" element={<TargetsDashboardPage />} />
                <Route path="audit" element={<AuditPage />} />
                <Route path="account/password" element={<PasswordPage />} />
                <Route path="*" element={<Home />} />
              </Route>
            </Routes>
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
