/**
 * The subsidised vocational training's words (R6, 二(五)): its programmes, what of it the platform records and the
 * steps staff take. `@jining/rules/vocabulary/training`, kept apart like the apprenticeships'.
 */
import { defineVocabulary } from './define.ts';

/** The programmes 二(五) names (the catalogue line's programme). */
export const TRAINING_PROGRAMME = defineVocabulary('TrainingProgramme', '培训项目（二(五)）', {
  VOCATIONAL_SKILLS: { zh: '职业技能培训', en: 'Vocational skills training', clause: '二(五)' },
  ENTREPRENEURSHIP: { zh: '创业培训', en: 'Entrepreneurship training', clause: '二(五)' },
  GOLD_BLUE_COLLAR: { zh: '“金蓝领”技师培训项目', en: 'Gold Blue Collar technicians', clause: '二(五)' },
  ONE_COUNTY_ONE_PRODUCT: { zh: '“一县一品”', en: 'One county, one product', clause: '二(五)' },
  ONE_PERSON_ONE_SKILL: { zh: '“一人一技”', en: 'One person, one skill', clause: '二(五)' },
});

export type TrainingProgrammeCode = (typeof TRAINING_PROGRAMME.codes)[number];

/** What of 二(五) is handled on the platform: the duty map's codes (DUTIES.SUBSIDISED_TRAINING). */
export const SUBSIDISED_TRAINING_ITEM = defineVocabulary('SubsidisedTrainingItem', '补贴性职业技能培训事项（二(五)）', {
  CATALOGUE: { zh: '补贴性培训目录', en: 'The subsidised training catalogue', clause: '二(五)' },
  CLASS: { zh: '培训班及结业学员', en: 'Training classes and their trainees', clause: '二(五)' },
});
export type SubsidisedTrainingItem = (typeof SUBSIDISED_TRAINING_ITEM.codes)[number];

/** What staff did to a training class: one line of its history each (read back from the audit trail). */
export const TRAINING_CLASS_ACTION = defineVocabulary('TrainingClassAction', '培训班办理事项', {
  CREATE_CLASS: { zh: '开设培训班', en: 'Class created' },
  IMPORT_ROSTER: { zh: '导入结业学员名册', en: 'Roster imported' },
  REVOKE_COMPLETION: { zh: '撤销结业学员', en: 'A trainee’s completion revoked' },
});
export type TrainingClassAction = (typeof TRAINING_CLASS_ACTION.codes)[number];
