import { Space, Tag } from 'antd';
import { OrganisationLink } from '../../components/OrganisationLink';
import { Link } from 'react-router';
import type { WorkbenchEntitlementsQuery } from '../../gql/graphql';
import { CostShares } from '../../components/CostShares';
import { Money } from '../../components/Money';
import { PersonLink } from '../../components/PersonLink';
import { StatusTag } from '../../components/StatusTag';
import type { ListField } from '../../components/listFields';
import { formatDateTime } from '../../format/dateTime';
import { formatFen } from '../../format/money';
import { entitlementStatusLabels, label, payerLabels, stackingLabels } from '../../labels';

export type EntitlementRow = WorkbenchEntitlementsQuery['entitlements']['edges'][number]['node'];

/** The columns of a list of entitlements (the workbench's queues, those to publish), on screen and in Excel. */
export const entitlementFields: ListField<EntitlementRow>[] = [
  {
    header: '受益人/单位',
    value: (e) => e.beneficiaryPerson?.name ?? e.beneficiaryOrganisation?.name,
    render: (e) =>
      e.beneficiaryPerson ? (
        <PersonLink person={e.beneficiaryPerson} />
      ) : (
        <OrganisationLink organisation={e.beneficiaryOrganisation} />
      ),
  },
  {
    header: '待遇事项',
    value: (e) => e.description,
    width: 48,
    render: (e) => (
      <Link to={`/entitlements/${encodeURIComponent(e.id)}`} data-testid="entitlement-link" data-entitlement-id={e.id}>
        {e.description}
      </Link>
    ),
  },
  { header: '县（市、区）', value: (e) => e.county?.name },
  {
    header: '金额（元）',
    value: (e) => e.amount,
    kind: 'money',
    render: (e) => (
      <Space size={4}>
        {e.stacking === 'TOP_UP' && (
          <Tag color="purple" title={`此前已享受 ${formatFen(e.previousAmount)}`}>
            {label(stackingLabels, 'TOP_UP')}
          </Tag>
        )}
        <span data-testid="entitlement-row-amount">
          <Money fen={e.amount} />
        </span>
      </Space>
    ),
  },
  {
    header: '分担',
    value: (e) => e.shares.map((s) => `${label(payerLabels, s.payer)} ${formatFen(s.amount)}`).join('；'),
    render: (e) => <CostShares shares={e.shares} county={e.county} />,
    width: 36,
  },
  { header: '条款出处', value: (e) => e.citation, width: 36 },
  { header: '预算年度', value: (e) => e.year },
  { header: '核定时间', value: (e) => formatDateTime(e.createdAt), width: 18 },
  {
    header: '状态',
    value: (e) => label(entitlementStatusLabels, e.status),
    render: (e) => <StatusTag kind="entitlement" status={e.status} />,
  },
];
