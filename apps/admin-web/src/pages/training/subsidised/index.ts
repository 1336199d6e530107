// One chunk for the subsidised training pages (二(五): R6, T9).
export { TrainingCataloguePage } from './TrainingCataloguePage';
export { CatalogueLinePage } from './CatalogueLinePage';
export { TrainingClassesPage } from './TrainingClassesPage';
export { TrainingClassPage } from './TrainingClassPage';
