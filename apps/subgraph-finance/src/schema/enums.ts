import {
  BENEFIT_GROUP,
  ENTITLEMENT_STATUS,
  FACT_OUTCOME,
  OBJECTION_STATUS,
  PAYER,
  PAYMENT_ACCOUNT_KIND,
  PAYMENT_BATCH_STATUS,
  PAYMENT_LINE_STATUS,
  PUBLICITY_STATUS,
  REPORT_GROUPING,
  STACKING,
} from '@jining/rules';
import { enumFromVocabulary } from '@jining/subgraph-kit';
import { builder } from '../builder.ts';
import {
  EntitlementStatus as StoredStatus,
  FactOutcome as StoredOutcome,
  ObjectionStatus as StoredObjectionStatus,
  PaymentBatchStatus as StoredPaymentBatchStatus,
  PaymentLineStatus as StoredPaymentLineStatus,
  PublicityStatus as StoredPublicityStatus,
  Payer as StoredPayer,
  Stacking as StoredStacking,
} from '../generated/prisma/enums.ts';

/** 出资方, 待遇状态, 享受方式, 事实核定结果: codes and words from @jining/rules; the database enums are checked against them. */
export const Payer = enumFromVocabulary(builder, PAYER, { stored: StoredPayer });
export const EntitlementStatus = enumFromVocabulary(builder, ENTITLEMENT_STATUS, { stored: StoredStatus });
export const Stacking = enumFromVocabulary(builder, STACKING, { stored: StoredStacking });
export const FactOutcome = enumFromVocabulary(builder, FACT_OUTCOME, { stored: StoredOutcome });

/** 公示批次、公示异议、支付批次、支付明细 states; 待遇类别 and 统计口径 (not stored as database enums). */
export const PublicityStatus = enumFromVocabulary(builder, PUBLICITY_STATUS, { stored: StoredPublicityStatus });
export const ObjectionStatus = enumFromVocabulary(builder, OBJECTION_STATUS, { stored: StoredObjectionStatus });
export const PaymentBatchStatus = enumFromVocabulary(builder, PAYMENT_BATCH_STATUS, {
  stored: StoredPaymentBatchStatus,
});
export const PaymentLineStatus = enumFromVocabulary(builder, PAYMENT_LINE_STATUS, { stored: StoredPaymentLineStatus });
export const BenefitGroup = enumFromVocabulary(builder, BENEFIT_GROUP);
export const ReportGrouping = enumFromVocabulary(builder, REPORT_GROUPING);

/** 收款账户类型: a person's social security card account, a unit's basic deposit account (the payment file's column). */
export const PaymentAccountKind = enumFromVocabulary(builder, PAYMENT_ACCOUNT_KIND);
