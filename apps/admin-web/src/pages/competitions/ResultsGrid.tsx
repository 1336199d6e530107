import { useState } from 'react';
import { Alert, App, Button, InputNumber, Select, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Medal } from '../../gql/graphql';
import { errorMessage } from '../../apollo/errors';
import { PersonSelect } from '../../components/PersonSelect';
import { labelOptions, medalLabels } from '../../labels';
import type { ImportOutcome } from '../../components/import/ImportFlow';

interface GridRow {
  key: number;
  personId?: string;
  rank?: number | null;
  medal?: Medal;
  errors: string[];
}

export interface GridSubmitRow {
  personId: string | null;
  rank: number | null;
  medal: Medal | null;
}

interface Props {
  /** Saves every row in one call (the bulk mutation, all or nothing): each row's errors, and how many were written. */
  save(rows: GridSubmitRow[]): Promise<ImportOutcome>;
  /** After rows were written. */
  onSaved?(written: number): void;
}

let nextKey = 1;
const blank = (): GridRow => ({ key: nextKey++, errors: [] });

/**
 * 录入成绩: a table to fill in — a person picked from the directory, the rank and the medal per row — saved all at
 * once through the same bulk mutation as the Excel import, all or nothing: a row the server refuses shows why, and
 * nothing is written until every row is right.
 */
export function ResultsGrid({ save, onSaved }: Props) {
  const { message } = App.useApp();
  const [rows, setRows] = useState<GridRow[]>(() => [blank()]);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const change = (key: number, patch: Partial<GridRow>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch, errors: [] } : r)));

  async function submit() {
    setProblem(null);
    setSaving(true);
    try {
      const outcome = await save(
        rows.map((r) => ({ personId: r.personId ?? null, rank: r.rank ?? null, medal: r.medal ?? null })),
      );
      if (outcome.written > 0) {
        message.success(`已保存 ${outcome.written} 条成绩`);
        setRows([blank()]);
        onSaved?.(outcome.written);
      } else {
        setRows((rs) => rs.map((r, i) => ({ ...r, errors: outcome.rows[i]?.errors.map((e) => e.message) ?? [] })));
        setProblem('有行未通过校验，未保存任何成绩，请按提示修改');
      }
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div data-testid="results-grid">
      {problem && (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="results-grid-problem" />
      )}
      <Table<GridRow>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: '选手',
            key: 'person',
            render: (_, r) => (
              <div style={{ minWidth: 260 }}>
                <PersonSelect
                  value={r.personId}
                  onChange={(personId) => change(r.key, { personId })}
                  testId="results-grid-person"
                />
              </div>
            ),
          },
          {
            title: '名次',
            key: 'rank',
            render: (_, r) => (
              <InputNumber
                min={1}
                precision={0}
                value={r.rank}
                onChange={(rank) => change(r.key, { rank })}
                aria-label="名次"
                data-testid="results-grid-rank"
              />
            ),
          },
          {
            title: '奖次',
            key: 'medal',
            render: (_, r) => (
              <Select<Medal>
                allowClear
                style={{ width: 120 }}
                value={r.medal}
                onChange={(medal) => change(r.key, { medal })}
                options={labelOptions(medalLabels)}
                aria-label="奖次"
                data-testid="results-grid-medal"
              />
            ),
          },
          {
            title: '校验结果',
            key: 'errors',
            render: (_, r) =>
              r.errors.length > 0 ? (
                <Typography.Text type="danger" data-testid="results-grid-error">
                  {r.errors.join('；')}
                </Typography.Text>
              ) : null,
          },
          {
            title: '',
            key: 'remove',
            render: (_, r) => (
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label="删除此行"
                disabled={rows.length === 1}
                onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
              />
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRows((rs) => [...rs, blank()])}
          data-testid="results-grid-add"
        >
          添加一行
        </Button>
        <Button type="primary" loading={saving} onClick={() => void submit()} data-testid="results-grid-save">
          保存全部
        </Button>
      </Space>
    </div>
  );
}
