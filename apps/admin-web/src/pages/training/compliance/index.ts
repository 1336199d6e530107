// One chunk for the compliance report pages (六, 三(八)).
export { ComplianceReportsPage } from './ComplianceReportsPage';
export { ComplianceReportPage } from './ComplianceReportPage';
