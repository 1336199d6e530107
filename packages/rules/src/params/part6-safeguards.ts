import { defineParams } from './types.ts';

/** 六、保障措施. */
export const PART6_PARAMS = defineParams({
  FRONTLINE_EDUCATION_FUND_MIN_PERCENT: {
    unit: 'PERCENT',
    clause: '六',
    value: 60,
    zh: '职工教育经费６０％以上用于一线职工教育和培训',
    en: 'At least 60% of employee-education funds spent on frontline workers',
  },
});
