// One chunk for the apprenticeship pages (二(二): R2, T5).
export { ApprenticeshipsPage } from './ApprenticeshipsPage';
export { ApprenticeshipPage } from './ApprenticeshipPage';
export { ApprenticeshipRatesPage } from './ApprenticeshipRatesPage';
