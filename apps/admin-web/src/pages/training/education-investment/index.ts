// One chunk for the pages of 二(四) R4: pilot enterprises' investment, and finance's credit ledger page.
export { EducationInvestmentsPage } from './EducationInvestmentsPage';
export { EducationInvestmentPage } from './EducationInvestmentPage';
export { TaxCreditLedgerPage } from './TaxCreditLedgerPage';
