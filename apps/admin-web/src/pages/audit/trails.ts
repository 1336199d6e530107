import { graphql } from '../../gql';
import { studioActionLabels } from '../../studioLabels';
import { HONOUR_ACTION_WORDS } from '../awards/historyWords';
import { COMPETITION_ACTION_WORDS } from '../competitions/historyWords';

/**
 * The audit trails, one per subgraph that writes one (federation serves one field from one subgraph, so each trail
 * is its own query field). Every document aliases its field to `auditEntries`, so the page reads them alike.
 */
graphql(`
  fragment AuditEntryPage on AuditEntryConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...AuditEntryFields
      }
    }
  }
`);

graphql(`
  fragment AuditEntryFields on AuditEntry {
    id
    at
    actorAccountId
    actorName
    department
    action
    entityType
    entityId
    reason
    before
    after
    requestId
  }
`);

export const AuditEntriesDoc = graphql(`
  query AuditEntries(
    $first: Int!
    $after: String
    $entityId: ID
    $action: String
    $actorAccountId: String
    $from: Date
    $to: Date
  ) {
    auditEntries: auditEntries(
      first: $first
      after: $after
      entityId: $entityId
      action: $action
      actorAccountId: $actorAccountId
      from: $from
      to: $to
    ) {
      ...AuditEntryPage
    }
  }
`);

export const EvaluationAuditEntriesDoc = graphql(`
  query EvaluationAuditEntries(
    $first: Int!
    $after: String
    $entityId: ID
    $action: String
    $actorAccountId: String
    $from: Date
    $to: Date
  ) {
    auditEntries: evaluationAuditEntries(
      first: $first
      after: $after
      entityId: $entityId
      action: $action
      actorAccountId: $actorAccountId
      from: $from
      to: $to
    ) {
      ...AuditEntryPage
    }
  }
`);

export const CompetitionsAuditEntriesDoc = graphql(`
  query CompetitionsAuditEntries(
    $first: Int!
    $after: String
    $entityId: ID
    $action: String
    $actorAccountId: String
    $from: Date
    $to: Date
  ) {
    auditEntries: competitionsAuditEntries(
      first: $first
      after: $after
      entityId: $entityId
      action: $action
      actorAccountId: $actorAccountId
      from: $from
      to: $to
    ) {
      ...AuditEntryPage
    }
  }
`);

export const TrainingAuditEntriesDoc = graphql(`
  query TrainingAuditEntries(
    $first: Int!
    $after: String
    $entityId: ID
    $action: String
    $actorAccountId: String
    $from: Date
    $to: Date
  ) {
    auditEntries: trainingAuditEntries(
      first: $first
      after: $after
      entityId: $entityId
      action: $action
      actorAccountId: $actorAccountId
      from: $from
      to: $to
    ) {
      ...AuditEntryPage
    }
  }
`);

export const AwardsAuditEntriesDoc = graphql(`
  query AwardsAuditEntries(
    $first: Int!
    $after: String
    $entityId: ID
    $action: String
    $actorAccountId: String
    $from: Date
    $to: Date
  ) {
    auditEntries: awardsAuditEntries(
      first: $first
      after: $after
      entityId: $entityId
      action: $action
      actorAccountId: $actorAccountId
      from: $from
      to: $to
    ) {
      ...AuditEntryPage
    }
  }
`);

export const FinanceAuditEntriesDoc = graphql(`
  query FinanceAuditEntries(
    $first: Int!
    $after: String
    $entityId: ID
    $action: String
    $actorAccountId: String
    $from: Date
    $to: Date
  ) {
    auditEntries: financeAuditEntries(
      first: $first
      after: $after
      entityId: $entityId
      action: $action
      actorAccountId: $actorAccountId
      from: $from
      to: $to
    ) {
      ...AuditEntryPage
    }
  }
`);

/** The query field of each trail (the Apollo cache pages each one by its filters). */
export const AUDIT_TRAIL_FIELDS = [
  'auditEntries',
  'evaluationAuditEntries',
  'competitionsAuditEntries',
  'trainingAuditEntries',
  'awardsAuditEntries',
  'financeAuditEntries',
] as const;

/** Each trail: its words, its query, and the actions it records (an action not listed shows as its code). */
export const AUDIT_TRAILS = {
  directory: {
    label: '人员与单位',
    doc: AuditEntriesDoc,
    actions: {
      REVEAL_ID_NUMBER: '查看完整身份证号',
      REVEAL_PAYMENT_ACCOUNT: '查看完整收款账号',
      SET_PAYMENT_ACCOUNT: '登记收款账户',
      CREATE_PERSON: '登记人员',
      CREATE_ORGANISATION: '登记单位',
      // Accounts live in the directory: the holder's own change, and the operator's CLI (npm run account).
      CHANGE_PASSWORD: '修改密码',
      RESET_PASSWORD: '重设密码',
      CREATE_ACCOUNT: '创建账号',
      DISABLE_ACCOUNT: '停用账号',
      ENABLE_ACCOUNT: '启用账号',
    },
    entities: { Person: '人员', Organisation: '单位', Account: '账号' },
  },
  evaluation: {
    label: '技能评价',
    doc: EvaluationAuditEntriesDoc,
    actions: { CREATE_SKILL_CERTIFICATE: '登记技能等级证书', REVOKE_SKILL_CERTIFICATE: '撤销技能等级证书' },
    entities: { SkillCertificate: '技能等级证书' },
  },
  competitions: {
    label: '技能竞赛',
    doc: CompetitionsAuditEntriesDoc,
    actions: COMPETITION_ACTION_WORDS,
    entities: { Competition: '竞赛', CompetitionResult: '竞赛成绩', CompetitionTeam: '参赛队' },
  },
  training: {
    label: '技能大师工作室',
    doc: TrainingAuditEntriesDoc,
    actions: Object.fromEntries(
      Object.entries(studioActionLabels).map(([action, words]) => [`STUDIO_${action}`, words]),
    ),
    entities: { MasterStudio: '技能大师工作室' },
  },
  awards: {
    label: '荣誉表彰',
    doc: AwardsAuditEntriesDoc,
    actions: {
      ...Object.fromEntries(Object.entries(HONOUR_ACTION_WORDS).map(([action, words]) => [`HONOUR_${action}`, words])),
      RECORD_STANDING_MEASURE: '登记激励措施',
    },
    entities: { Honour: '表彰', StandingMeasure: '激励措施' },
  },
  finance: {
    label: '资金待遇',
    doc: FinanceAuditEntriesDoc,
    actions: {
      REVIEW_ENTITLEMENT: '审核待遇',
      APPROVE_ENTITLEMENT: '审批待遇',
      REJECT_ENTITLEMENT: '退回待遇',
      CREATE_PUBLICITY_BATCH: '发布公示',
      RECORD_OBJECTION: '登记公示异议',
      RESOLVE_OBJECTION: '处理公示异议',
      CLOSE_PUBLICITY_BATCH: '结束公示',
      CREATE_PAYMENT_BATCH: '生成支付批次',
      MARK_PAYMENT_LINE_PAID: '登记支付',
      RETURN_PAYMENT_LINE: '办理退回',
      EXPORT_PAYMENT_FILE: '导出支付文件',
      SET_BUDGET: '设置预算',
    },
    entities: {
      Entitlement: '资金待遇',
      PublicityBatch: '公示批次',
      Objection: '公示异议',
      PaymentBatch: '支付批次',
      PaymentLine: '支付明细',
      Budget: '预算',
    },
  },
} as const satisfies Record<
  string,
  { label: string; doc: typeof AuditEntriesDoc; actions: Record<string, string>; entities: Record<string, string> }
>;
export type AuditTrail = keyof typeof AUDIT_TRAILS;
export const isAuditTrail = (value: string | undefined): value is AuditTrail => !!value && value in AUDIT_TRAILS;
