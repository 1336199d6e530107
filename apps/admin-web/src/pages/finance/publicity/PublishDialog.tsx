import { useEffect, useState } from 'react';
import { App, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { PublicityWindowSettingsQuery } from '../../../gql/graphql';
import { ActionModal } from '../../../components/ActionModal';
import { ConnectionTable } from '../../../components/ConnectionTable';
import { CountySelect } from '../../../components/CountySelect';
import { FilterBar } from '../../../components/FilterBar';
import { tableColumns } from '../../../components/listFields';
import { usePagedQuery } from '../../../apollo/usePagedQuery';
import { afterFinanceStep } from '../afterStep';
import { EntitlementCountsQueryDoc, WorkbenchEntitlementsQueryDoc } from '../documents';
import { entitlementFields } from '../entitlementFields';
import { CreatePublicityBatchMutationDoc, PublicityWindowSettingsQueryDoc } from './documents';

interface Values {
  selection: 'all' | 'chosen';
  windowDays?: number | null;
  title?: string;
}

const SHOWN = ['受益人/单位', '待遇事项', '县（市、区）', '金额（元）'];
const columns = tableColumns(entitlementFields.filter((f) => SHOWN.includes(f.header)));

/**
 * 发布公示: every approved entitlement, or those picked from the 已审批 list (by county), published with an
 * objection window of the platform's default length unless changed within its limits. Opens the new batch after.
 */
export function PublishDialog({ onClose }: { onClose(): void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string[]>([]);
  const [create] = useMutation(CreatePublicityBatchMutationDoc, afterFinanceStep());
  const settings = useQuery(PublicityWindowSettingsQueryDoc).data?.publicityWindowSettings;
  const counts = useQuery(EntitlementCountsQueryDoc, { fetchPolicy: 'cache-and-network' }).data?.entitlementCounts;
  const approved = counts?.find((c) => c.status === 'APPROVED')?.count;

  async function publish(values: Values) {
    if (values.selection === 'chosen' && chosen.length === 0) throw new Error('请在下表中勾选要公示的待遇');
    const { data } = await create({
      variables: {
        input: {
          ...(values.selection === 'all' ? { allApproved: true } : { entitlementIds: chosen }),
          windowDays: values.windowDays ?? null,
          title: values.title?.trim() || null,
        },
      },
    });
    const batch = data!.createPublicityBatch;
    message.success(`已发布公示：${batch.title}，共 ${batch.lineCount} 项`);
    return batch.id;
  }

  return (
    <ActionModal<Values, string>
      title="发布公示"
      okText="确认发布"
      width={1000}
      testId="publish-dialog"
      effect="发布后所选待遇进入“公示中”，公示期内可受理异议；公示期满且异议均已处理后结束公示，待遇转入待支付。"
      fieldNames={['windowDays', 'title']}
      initialValues={{ selection: 'all' }}
      onSubmit={publish}
      onSuccess={(id) => navigate(`/finance/publicity/${encodeURIComponent(id)}`)}
      onClose={onClose}
    >
      <PublishFields settings={settings} approved={approved} chosen={chosen} onChoose={setChosen} />
    </ActionModal>
  );
}

interface FieldsProps {
  settings: PublicityWindowSettingsQuery['publicityWindowSettings'] | undefined;
  approved: number | undefined;
  chosen: string[];
  onChoose(ids: string[]): void;
}

function PublishFields({ settings, approved, chosen, onChoose }: FieldsProps) {
  const form = Form.useFormInstance<Values>();
  const selection = Form.useWatch('selection', form);
  // The default window arrives with the settings; it fills the field unless the user has typed a length already.
  useEffect(() => {
    if (settings && form.getFieldValue('windowDays') === undefined)
      form.setFieldValue('windowDays', settings.defaultDays);
  }, [settings, form]);

  return (
    <>
      <Form.Item name="selection" label="公示范围">
        <Radio.Group>
          <Radio value="all" data-testid="publish-all">
            全部已审批待遇{approved !== undefined && `（${approved} 项）`}
          </Radio>
          <Radio value="chosen" data-testid="publish-chosen">
            选择待遇
            {selection === 'chosen' && <span data-testid="publish-chosen-count">（已选 {chosen.length} 项）</span>}
          </Radio>
        </Radio.Group>
      </Form.Item>
      {selection === 'chosen' && <ChooseEntitlements chosen={chosen} onChoose={onChoose} />}
      <Space size="large" wrap>
        <Form.Item
          name="windowDays"
          label="公示期（自然日）"
          extra={settings && `${settings.minDays}–${settings.maxDays} 天，默认 ${settings.defaultDays} 天`}
          rules={[{ required: true, message: '请填写公示天数' }]}
        >
          <InputNumber min={settings?.minDays} max={settings?.maxDays} precision={0} data-testid="publish-days" />
        </Form.Item>
        <Form.Item name="title" label="公示标题（可选）" rules={[{ max: 100, message: '不超过 100 个字' }]}>
          <Input placeholder="默认：资金待遇公示（发布日期）" style={{ width: 420 }} data-testid="publish-title" />
        </Form.Item>
      </Space>
    </>
  );
}

/** The approved entitlements, by county, with checkboxes; picks are kept across filters and pages. */
function ChooseEntitlements({ chosen, onChoose }: { chosen: string[]; onChoose(ids: string[]): void }) {
  const [countyCode, setCountyCode] = useState<string>();
  const list = usePagedQuery(WorkbenchEntitlementsQueryDoc, { status: 'APPROVED', countyCode });
  return (
    <div style={{ marginBottom: 16 }}>
      <FilterBar>
        <Typography.Text type="secondary">只列出“已审批”的待遇</Typography.Text>
        <CountySelect value={countyCode} onChange={setCountyCode} testId="publish-county" />
      </FilterBar>
      <ConnectionTable
        error={list.error}
        testId="publish-entitlements"
        connection={list.data?.entitlements}
        columns={columns}
        loading={list.loading}
        onLoadMore={list.loadMore}
        rowSelection={{
          selectedRowKeys: chosen,
          preserveSelectedRowKeys: true,
          onChange: (keys) => onChoose(keys.map(String)),
        }}
      />
    </div>
  );
}
