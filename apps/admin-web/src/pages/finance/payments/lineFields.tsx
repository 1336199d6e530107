import { Link } from 'react-router';
import type { PaymentLineFieldsFragment } from '../../../gql/graphql';
import { Money } from '../../../components/Money';
import { StatusTag } from '../../../components/StatusTag';
import type { ListField } from '../../../components/listFields';
import { maskIdNumber } from '../../../format/idNumber';
import { label, paymentLineStatusLabels } from '../../../labels';
import { payerName } from '../payerName';

export type PaymentLineRow = PaymentLineFieldsFragment & {
  /** 序号 in the batch, counted from 1. */
  no: number;
  /** The batch's county (a COUNTY line's payer is that county's finance). */
  county: { name: string } | null;
};

const beneficiary = (l: PaymentLineRow) =>
  l.entitlement.beneficiaryPerson?.name ?? l.entitlement.beneficiaryOrganisation?.name ?? null;

/** The payee's account as the directory serves it, masked (a person's 社保卡 account, a unit's basic account). */
const maskedAccount = (l: PaymentLineRow) =>
  (l.entitlement.beneficiaryPerson
    ? l.entitlement.beneficiaryPerson.socialSecurityCardAccount?.text
    : l.entitlement.beneficiaryOrganisation?.basicAccount?.text) ?? '未登记';

/**
 * A payment batch's lines, on screen and in 导出明细: who is paid (the directory gives the name; the ID number stays
 * masked, units by credit code, the account masked), for what, by whom, how much, and what the bank answered. Full
 * accounts are only in the payment file (PaymentFileButton), exported with a reason and audited.
 */
export const paymentLineFields: ListField<PaymentLineRow>[] = [
  { header: '序号', value: (l) => l.no, width: 8 },
  {
    header: '收款人/单位',
    value: beneficiary,
    render: (l) => <span data-testid="payment-line-name">{beneficiary(l) ?? '—'}</span>,
  },
  {
    header: '身份证号/统一社会信用代码',
    value: (l) =>
      l.entitlement.beneficiaryPerson
        ? maskIdNumber(l.entitlement.beneficiaryPerson.idNumber)
        : (l.entitlement.beneficiaryOrganisation?.creditCode ?? null),
    width: 24,
  },
  {
    header: '收款账户',
    value: maskedAccount,
    width: 28,
    render: (l) => <span data-testid="payment-line-account">{maskedAccount(l)}</span>,
  },
  {
    header: '待遇事项',
    value: (l) => l.entitlement.description,
    width: 48,
    render: (l) => (
      <Link to={`/entitlements/${encodeURIComponent(l.entitlement.id)}`}>{l.entitlement.description}</Link>
    ),
  },
  {
    header: '出资方',
    value: (l) => payerName(l.payer, l.county),
    render: (l) => <span style={{ whiteSpace: 'nowrap' }}>{payerName(l.payer, l.county)}</span>,
  },
  {
    header: '金额（元）',
    value: (l) => l.amount,
    kind: 'money',
    render: (l) => (
      <span data-testid="payment-line-amount">
        <Money fen={l.amount} />
      </span>
    ),
  },
  {
    header: '状态',
    value: (l) => label(paymentLineStatusLabels, l.status),
    render: (l) => (
      <span data-testid="payment-line-status" data-status={l.status}>
        <StatusTag kind="paymentLine" status={l.status} />
      </span>
    ),
  },
  {
    header: '回单号',
    value: (l) => l.reference,
    render: (l) => <span data-testid="payment-line-reference">{l.reference ?? '—'}</span>,
  },
  { header: '支付日期', value: (l) => l.paidOn, kind: 'date' },
  { header: '退回原因', value: (l) => l.returnedReason, width: 30 },
  { header: '支付明细编号', value: (l) => l.id, width: 38 },
  { header: '待遇编号', value: (l) => l.entitlement.id, width: 38 },
];

/** On screen the two numbers stay in the file only: staff follow the row's link instead. */
export const paymentLineScreenFields = paymentLineFields.filter((f) => !f.header.endsWith('编号'));
