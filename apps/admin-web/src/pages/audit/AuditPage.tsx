import { useMemo } from 'react';
import { Input, Segmented, Typography } from 'antd';
import type { AuditEntriesQuery } from '../../gql/graphql';
import { ConnectionTable } from '../../components/ConnectionTable';
import { EnumSelect } from '../../components/EnumSelect';
import { ExportButton } from '../../components/ExportButton';
import { FilterBar } from '../../components/FilterBar';
import { PageTitle } from '../../components/PageTitle';
import { SearchInput } from '../../components/SearchInput';
import { tableColumns, type ListField } from '../../components/listFields';
import { departmentLabels, label } from '../../labels';
import { usePagedQuery } from '../../apollo/usePagedQuery';
import { useUrlParam } from '../../apollo/useUrlParam';
import { AUDIT_TRAILS, isAuditTrail, type AuditTrail } from './trails';

type AuditRow = AuditEntriesQuery['auditEntries']['edges'][number]['node'];

/** When, in Jining's time (UTC+8), to the second: what an auditor compares with other records. */
export const formatAuditTime = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** The columns of a trail's table (and of its Excel file): its actions and records in words. */
function trailFields(trail: AuditTrail): ListField<AuditRow>[] {
  const { actions, entities } = AUDIT_TRAILS[trail] as {
    actions: Record<string, string>;
    entities: Record<string, string>;
  };
  return [
    { header: '时间', value: (e) => formatAuditTime(e.at), width: 22 },
    { header: '操作人', value: (e) => e.actorName, width: 28 },
    { header: '账号', value: (e) => e.actorAccountId },
    { header: '部门', value: (e) => label(departmentLabels, e.department) },
    { header: '操作', value: (e) => label(actions, e.action), width: 18 },
    { header: '对象', value: (e) => `${label(entities, e.entityType)} ${e.entityId}`, width: 44 },
    { header: '理由', value: (e) => e.reason, width: 30 },
    {
      header: '变更前',
      value: (e) => e.before,
      width: 40,
      render: (e) => e.before && <Typography.Text code>{e.before}</Typography.Text>,
    },
    {
      header: '变更后',
      value: (e) => e.after,
      width: 40,
      render: (e) => e.after && <Typography.Text code>{e.after}</Typography.Text>,
    },
    { header: '请求编号', value: (e) => e.requestId, width: 38 },
  ];
}

/**
 * 审计日志 (audit:read): who revealed a full ID number and why, who registered or changed what, newest first, with the
 * request id that joins an entry to the gateway's logs. Filters live in the URL like every list's.
 */
export function AuditPage() {
  const [trailParam, setTrail] = useUrlParam('trail');
  const trail: AuditTrail = isAuditTrail(trailParam) ? trailParam : 'directory';
  const fields = useMemo(() => trailFields(trail), [trail]);
  const columns = useMemo(() => tableColumns(fields), [fields]);
  const [action, setAction] = useUrlParam('action');
  const [entityId, setEntityId] = useUrlParam('entity');
  const [actorAccountId, setActor] = useUrlParam('actor');
  const [from, setFrom] = useUrlParam('from');
  const [to, setTo] = useUrlParam('to');
  const { data, loading, error, loadMore, refetch, fetchAll } = usePagedQuery(AUDIT_TRAILS[trail].doc, {
    action,
    entityId,
    actorAccountId,
    from,
    to,
  });

  return (
    <>
      <PageTitle
        extra={
          <ExportButton
            name={`审计日志-${AUDIT_TRAILS[trail].label}`}
            columns={fields}
            fetchRows={(progress) => fetchAll((d) => d.auditEntries, progress)}
          />
        }
      >
        审计日志
      </PageTitle>
      <Segmented
        value={trail}
        onChange={(value) => {
          // An action belongs to one trail: changing trail drops the action filter.
          setAction(undefined);
          setTrail(value === 'directory' ? undefined : value);
        }}
        options={(Object.keys(AUDIT_TRAILS) as AuditTrail[]).map((key) => ({
          value: key,
          label: AUDIT_TRAILS[key].label,
        }))}
        style={{ marginBottom: 12 }}
        data-testid="audit-trail"
      />
      <FilterBar>
        <EnumSelect
          labels={AUDIT_TRAILS[trail].actions as Record<string, string>}
          value={action}
          onChange={setAction}
          placeholder="全部操作"
          testId="filter-action"
        />
        <SearchInput
          placeholder="对象编号（如人员编号）"
          defaultValue={entityId}
          onSearch={setEntityId}
          testId="filter-entity"
        />
        <SearchInput placeholder="操作账号" defaultValue={actorAccountId} onSearch={setActor} testId="filter-actor" />
        <Input
          type="date"
          aria-label="自该日起"
          value={from ?? ''}
          onChange={(e) => setFrom(e.target.value || undefined)}
          style={{ width: 160 }}
          data-testid="filter-from"
        />
        <Input
          type="date"
          aria-label="至该日止"
          value={to ?? ''}
          onChange={(e) => setTo(e.target.value || undefined)}
          style={{ width: 160 }}
          data-testid="filter-to"
        />
      </FilterBar>
      <ConnectionTable
        error={error}
        testId="audit-table"
        connection={data?.auditEntries}
        columns={columns}
        loading={loading}
        onLoadMore={loadMore}
        onRefresh={refetch}
      />
    </>
  );
}
