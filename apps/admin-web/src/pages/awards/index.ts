// One chunk for the honours pages (list, detail, publicity, year view): they are used together, and each lazy chunk
// costs the login route its file name in the entry's preload map.
export { HonoursPage } from './HonoursPage';
export { HonourPage } from './HonourPage';
export { HonourPublicityPage } from './HonourPublicityPage';
export { HonourYearPage } from './HonourYearPage';
