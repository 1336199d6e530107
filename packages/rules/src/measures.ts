import type { Clause } from './clauses.ts';

/**
 * Items of the policy that carry no money and no figure but are recorded so that every clause is
 * traceable and can be shown and assigned (see RESPONSIBILITY for who manages each).
 */
export interface Measure {
  readonly code: string;
  readonly clause: Clause;
  readonly zh: string;
  readonly en: string;
}

export const MEASURES: readonly Measure[] = [
  {
    code: 'TRAINING_PLANS_AND_DEMAND_FORECASTS',
    clause: '二(一)',
    zh: '行业主管部门和行业组织做好高技能人才培养规划，定期发布高技能人才岗位需求预测信息',
    en: 'Industry departments plan training and publish high-skill position demand forecasts',
  },
  {
    code: 'SOE_EVALUATION_INCLUDES_TRAINING',
    clause: '二(一)',
    zh: '国资监管部门将高技能人才培养规划的制定和实施情况纳入国企评价体系',
    en: 'SASAC puts training plans into SOE evaluation',
  },
  {
    code: 'STAFFING_IN_BIDS_AND_REVIEWS',
    clause: '二(一)',
    zh: '高技能人才配置状况作为参加重大工程项目招投标、评优和资质评估的重要因素',
    en: 'High-skill staffing is a factor in bids, awards and qualification reviews for major projects',
  },
  {
    code: 'COLLEGE_SOCIAL_SERVICE_INCOME',
    clause: '二(三)',
    zh: '职业院校社会培训、技术服务收入可按一定比例自主安排使用，公办院校可按一定比例作为绩效工资来源',
    en: 'Colleges may keep a share of service income; public colleges may use a share for performance pay',
  },
  {
    code: 'INDUSTRY_EDUCATION_COMMUNITIES',
    clause: '二(四)',
    zh: '加强产教融合共同体和产教联合体建设，做优做强技工教育集团和职业教育集团，鼓励校企订单班',
    en: 'Industry-education communities and consortia; order classes',
  },
  {
    code: 'PUBLIC_TRAINING_BASES',
    clause: '二(六)',
    zh: '建设一批特色鲜明、功能精准的公共实训基地',
    en: 'Public training bases',
  },
  {
    code: 'SKILL_ALLOWANCES',
    clause: '三(七)',
    zh: '鼓励企业设立技能津贴、班组长津贴、带徒津贴',
    en: 'Skill, team-leader and mentoring allowances set by enterprises',
  },
  {
    code: 'LEADER_PERFORMANCE_REWARDS',
    clause: '三(七)',
    zh: '高技能领军人才参与重大生产决策、技术革新和技术攻关项目的，单位可根据贡献给予绩效奖励',
    en: 'Performance rewards for leaders in major technical projects',
  },
  {
    code: 'TECHNICIAN_ENGINEER_TEAMS',
    clause: '三(七)',
    zh: '鼓励企业实行“技师＋工程师”组团模式',
    en: '"Technician + engineer" teams',
  },
  {
    code: 'PART_TIME_COLLEGE_INSTRUCTORS',
    clause: '三(七)',
    zh: '鼓励技术能手、技能大师到职业院校兼任实习实训指导教师；支持事业单位面向技能人才公开招聘',
    en: 'Experts as part-time college instructors; public institutions recruit skilled workers',
  },
  {
    code: 'SALARY_GUIDANCE',
    clause: '三(八)',
    zh: '落实《技能人才薪酬分配指引》，动态发布技能人才薪酬价位信息',
    en: 'Salary guidance and published pay levels for skilled workers',
  },
  {
    code: 'ENTERPRISE_ANNUITIES',
    clause: '三(八)',
    zh: '鼓励企业为高技能人才建立企业年金、购买补充医疗保险',
    en: 'Enterprise annuities and supplementary medical insurance',
  },
  {
    code: 'EQUAL_TREATMENT_WITH_PROFESSIONALS',
    clause: '三(八)',
    zh: '在聘高技能人才在学习进修、岗位聘任、职务晋升、工资福利等方面比照相应层级专业技术人员享受同等待遇',
    en: 'Employed high-skilled staff treated like professionals of the matching tier',
  },
  {
    code: 'PRINCIPAL_CHIEF_EXPANSION',
    clause: '四(十)',
    zh: '稳步扩大特级技师、首席技师评聘企业范围；推动高技能人才与专业技术人才职业发展贯通',
    en: 'More enterprises appoint principal and chief technicians; career bridging',
  },
  {
    code: 'EVERYONE_CERTIFIED',
    clause: '四(十一)',
    zh: '技能岗位“人人持证”工程，对有需求且符合条件的企业全覆盖',
    en: '"Everyone certified" programme for enterprises',
  },
  {
    code: 'EVALUATOR_SUPERVISION',
    clause: '四(十二)',
    zh: '评价组织监管：定期督导评估或第三方评估，建立评级退出机制',
    en: 'Evaluation organisations: inspection or third-party evaluation, rating and exit',
  },
  {
    code: 'COMPETITION_TRAINING_BASE',
    clause: '四(十三)',
    zh: '探索建立济宁市职业技能竞赛集训基地',
    en: 'A city competition training base',
  },
  {
    code: 'PRIORITY_RECOMMENDATION',
    clause: '五(十四)',
    zh: '对培育认定的高技能人才，优先推荐申报省级以上技能人才工程项目和褒奖项目',
    en: 'Recognised people are recommended first for provincial and higher projects and honours',
  },
  {
    code: 'COUNTY_WORK_MECHANISM',
    clause: '六',
    zh: '各县（市、区）建立组织部门牵头抓总、人社部门统筹协调的工作机制，统筹资金，鼓励设立专项工作经费',
    en: 'County work mechanisms, pooled funds and special county funds',
  },
  {
    code: 'EDUCATION_FUND_TAX_DEDUCTION',
    clause: '六',
    zh: '落实企业职工教育经费税前扣除政策，允许用于企业建立职业院校',
    en: 'Employee-education funds are tax-deductible and may fund an enterprise college',
  },
  {
    code: 'PUBLICITY',
    clause: '六',
    zh: '大力宣传“技能济宁”建设，宣树高技能人才典型',
    en: 'Publicity for "Skilled Jining"',
  },
];

/** H5 五(十五): political and social standing. */
export const H5_MEASURES: readonly Measure[] = [
  {
    code: 'EXPERT_CONTACT_LIST',
    clause: '五(十五)',
    zh: '将高技能领军人才纳入各级党委联系服务专家范围',
    en: "Party committees' expert-contact lists",
  },
  {
    code: 'HIGH_LEVEL_TALENT_GREEN_CHANNEL',
    clause: '五(十五)',
    zh: '将符合条件的高技能人才纳入高层次人才绿色通道服务范围',
    en: 'High-level-talent green channel',
  },
  {
    code: 'CANDIDATE_RECOMMENDATION',
    clause: '五(十五)',
    zh: '依法依章推荐为人大代表、政协委员、群团组织代表大会代表或委员候选人，加大发展党员力度',
    en: "Recommended as people's congress, CPPCC and mass-organisation candidates",
  },
  {
    code: 'MASS_ORGANISATION_POSTS',
    clause: '五(十五)',
    zh: '选拔推荐到工会、共青团、妇联等群团组织挂职或兼职',
    en: "Secondments to unions, the youth league, the women's federation",
  },
  {
    code: 'RECUPERATION_AND_STUDY',
    clause: '五(十五)',
    zh: '建立高技能人才休假疗养制度，开展休假疗养、研修交流活动',
    en: 'Holiday recuperation and study programme',
  },
];
