import { Card, Table, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { AuditEntriesQuery } from '../../gql/graphql';
import { formatDateTime } from '../../format/dateTime';
import { QueryError } from '../../components/QueryError';
import { AUDIT_TRAILS, AuditEntriesDoc } from '../audit/trails';

type Entry = AuditEntriesQuery['auditEntries']['edges'][number]['node'];
const words = AUDIT_TRAILS.directory.actions as Record<string, string>;

const columns: TableColumnsType<Entry> = [
  { title: '时间', key: 'at', render: (_, e) => formatDateTime(e.at) },
  {
    title: '操作',
    key: 'action',
    render: (_, e) => <span data-testid="organisation-audit-action">{words[e.action] ?? e.action}</span>,
  },
  { title: '操作人', dataIndex: 'actorName' },
  { title: '理由', key: 'reason', render: (_, e) => e.reason ?? '—' },
];

/**
 * 审计记录 of the unit in the directory's trail (its registration …), for the Audit Bureau only (audit:read): the
 * directory keeps no other history of a unit. The full trail, with filters, is 审计日志.
 */
export function OrganisationAuditCard({ organisationId }: { organisationId: string }) {
  const { data, loading, error } = useQuery(AuditEntriesDoc, {
    variables: { first: 20, entityId: organisationId },
    errorPolicy: 'all',
  });
  return (
    <Card
      title="审计记录"
      style={{ marginTop: 16 }}
      data-testid="organisation-audit"
      extra={<Link to={`/audit?entity=${encodeURIComponent(organisationId)}`}>在审计日志中查看</Link>}
    >
      <QueryError error={error} />
      <Table<Entry>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={data?.auditEntries.edges.map((e) => e.node) ?? []}
        pagination={false}
        locale={{ emptyText: '暂无审计记录' }}
      />
    </Card>
  );
}
