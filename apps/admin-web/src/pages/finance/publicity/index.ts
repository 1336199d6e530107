// One chunk for both publicity pages: each lazy chunk costs the login route its file name in the entry's preload
// map, and the list and a batch are used together anyway.
export { PublicityBatchesPage } from './PublicityBatchesPage';
export { PublicityBatchPage } from './PublicityBatchPage';
