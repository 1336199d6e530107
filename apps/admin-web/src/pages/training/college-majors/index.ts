// One chunk for the colleges' majors and courses (二(三)).
export { CollegeMajorsPage } from './CollegeMajorsPage';
export { CollegeMajorPage } from './CollegeMajorPage';
