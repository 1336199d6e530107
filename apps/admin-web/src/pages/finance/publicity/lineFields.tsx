import { Space, Typography } from 'antd';
import type { PublicityBatchDetailQuery } from '../../../gql/graphql';
import { Money } from '../../../components/Money';
import { StatusTag } from '../../../components/StatusTag';
import type { ListField } from '../../../components/listFields';
import { maskIdNumber } from '../../../format/idNumber';
import { maskPersonName } from '../../../format/personName';
import { label, objectionStatusLabels } from '../../../labels';

export type PublicityLineRow = NonNullable<PublicityBatchDetailQuery['publicityBatch']>['lines'][number] & {
  /** 序号: the line's place in the list, counted from 1. */
  no: number;
};

/**
 * The publicity list as it is published (screen, print and Excel alike): a person by a masked name and masked ID
 * number, a unit by its name and credit code (both public), the amount and the clause it is granted under.
 */
export const publicityFields: ListField<PublicityLineRow>[] = [
  { header: '序号', value: (l) => l.no, width: 8 },
  {
    header: '姓名/单位',
    value: (l) =>
      l.beneficiaryPerson ? maskPersonName(l.beneficiaryPerson.name) : (l.beneficiaryOrganisation?.name ?? null),
    render: (l) => (
      <span data-testid="publicity-line-name">
        {l.beneficiaryPerson ? maskPersonName(l.beneficiaryPerson.name) : (l.beneficiaryOrganisation?.name ?? '—')}
      </span>
    ),
    width: 28,
  },
  {
    header: '身份证号/统一社会信用代码',
    value: (l) =>
      l.beneficiaryPerson
        ? maskIdNumber(l.beneficiaryPerson.idNumber)
        : (l.beneficiaryOrganisation?.creditCode ?? null),
    render: (l) => (
      <span data-testid="publicity-line-id">
        {l.beneficiaryPerson
          ? maskIdNumber(l.beneficiaryPerson.idNumber)
          : (l.beneficiaryOrganisation?.creditCode ?? '—')}
      </span>
    ),
    width: 24,
  },
  { header: '县（市、区）', value: (l) => l.county?.name },
  { header: '待遇事项', value: (l) => l.description, width: 48 },
  {
    header: '金额（元）',
    value: (l) => l.amount,
    kind: 'money',
    render: (l) => (
      <span data-testid="publicity-line-amount">
        <Money fen={l.amount} />
      </span>
    ),
  },
  { header: '政策依据', value: (l) => l.citation, width: 36 },
  {
    header: '异议',
    value: (l) => l.objections.map((o) => `${o.text}（${label(objectionStatusLabels, o.status)}）`).join('；') || null,
    render: (l) =>
      l.objections.length === 0 ? (
        '无'
      ) : (
        <Space orientation="vertical" size={4}>
          {l.objections.map((o) => (
            <span key={o.id} data-testid="objection" data-status={o.status}>
              <StatusTag kind="objection" status={o.status} />
              {o.text}
              {o.resolution && <Typography.Text type="secondary">（处理意见：{o.resolution}）</Typography.Text>}
            </span>
          ))}
        </Space>
      ),
    width: 40,
  },
];
