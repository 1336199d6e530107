// One chunk for the pages of 三(九)'s awards (college prizes, skill awards).
export { CollegePrizesPage } from './CollegePrizesPage';
export { CollegePrizePage } from './CollegePrizePage';
export { SkillAwardsPage } from './SkillAwardsPage';
export { SkillAwardPage } from './SkillAwardPage';
