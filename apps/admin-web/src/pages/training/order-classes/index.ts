// One chunk for the order-class pages (二(四): R5).
export { OrderClassReportsPage } from './OrderClassReportsPage';
export { OrderClassReportPage } from './OrderClassReportPage';
export { OrderClassAgreementsPage } from './OrderClassAgreementsPage';
