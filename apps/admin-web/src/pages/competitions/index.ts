// One chunk for the competition pages: each lazy chunk costs the login route its file name in the entry's preload map.
export { CompetitionsPage } from './CompetitionsPage';
export { CompetitionPage } from './CompetitionPage';
