// One chunk for the targets dashboard: chart.js loads with it and nowhere else.
export { TargetsDashboardPage } from './TargetsDashboardPage';
