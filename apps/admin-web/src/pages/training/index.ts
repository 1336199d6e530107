// One chunk for the training pages: each lazy route costs the login bundle its preload list, so they share one.
export { MasterStudiosPage } from './MasterStudiosPage';
export { StudioPage } from './StudioPage';
export { StudioPublicityPage } from './StudioPublicityPage';
export { CraftsmanCollegesPage } from './CraftsmanCollegesPage';
export { CraftsmanCollegePage } from './CraftsmanCollegePage';
