import { Tag } from 'antd';
import { Link } from 'react-router';
import type {
  OrderClassAgreementsQuery,
  OrderClassHiringReportsQuery,
  OrderClassReportStatus,
} from '../../../gql/graphql';
import type { ListField } from '../../../components/listFields';
import { label } from '../../../labels';
import { graduateProgrammeLabels, orderClassReportStatusLabels } from './labels';

export type ReportRow = OrderClassHiringReportsQuery['orderClassHiringReports']['edges'][number]['node'];
export type AgreementRow = OrderClassAgreementsQuery['orderClassAgreements']['edges'][number]['node'];

// Gold while it awaits its second account, green once confirmed, grey revoked.
const STATUS_COLOURS: Record<OrderClassReportStatus, string> = {
  SUBMITTED: 'gold',
  CONFIRMED: 'green',
  REVOKED: 'default',
};

export const OrderClassReportStatusTag = ({ status }: { status: OrderClassReportStatus }) => (
  <span data-testid="order-class-report-status" data-status={status}>
    <Tag color={STATUS_COLOURS[status]}>{label(orderClassReportStatusLabels, status)}</Tag>
  </span>
);

const yesNo = (v: boolean) => (v ? '是' : '否');

/** The report list, on screen and in Excel. */
export const reportFields: ListField<ReportRow>[] = [
  {
    header: '订单企业',
    value: (r) => r.enterprise.name,
    width: 36,
    render: (r) => (
      <Link
        to={`/training/order-classes/${encodeURIComponent(r.id)}`}
        data-testid="order-class-report-link"
        data-report-id={r.id}
      >
        {r.enterprise.name}
      </Link>
    ),
  },
  { header: '聘用年度', value: (r) => r.year, kind: 'number', width: 10 },
  { header: '县（市、区）', value: (r) => r.county.name, width: 14 },
  { header: '全职聘用人数', value: (r) => r.hireCount, kind: 'number', width: 12 },
  { header: '重点企业或重点项目', value: (r) => yesNo(r.keyEnterpriseOrProject), width: 12 },
  { header: '认定文件', value: (r) => r.keyEvidence ?? '—', width: 30 },
  {
    header: '状态',
    value: (r) => label(orderClassReportStatusLabels, r.status),
    render: (r) => <OrderClassReportStatusTag status={r.status} />,
  },
];

/** The agreement list, on screen and in Excel. */
export const agreementFields: ListField<AgreementRow>[] = [
  { header: '订单班名称', value: (a) => a.className, width: 30 },
  { header: '订单企业', value: (a) => a.enterprise.name, width: 36 },
  { header: '县（市、区）', value: (a) => a.county.name, width: 14 },
  { header: '合作院校', value: (a) => a.college.name, width: 30 },
  { header: '培养层次', value: (a) => label(graduateProgrammeLabels, a.programme), width: 18 },
  { header: '合同年限', value: (a) => a.contractYears, kind: 'number', width: 10 },
  { header: '开班日期', value: (a) => a.startedOn, kind: 'date' },
  { header: '与市属高校联合', value: (a) => yesNo(a.cityCollege), width: 12 },
];
