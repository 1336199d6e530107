// One chunk for the graduate hiring pages (三(九)).
export { GraduateHiresPage } from './GraduateHiresPage';
export { GraduateHirePage } from './GraduateHirePage';
