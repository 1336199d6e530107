import { useState } from 'react';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { EditOutlined, MinusCircleOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import type { CompetitionDetailQuery, Medal } from '../../gql/graphql';
import { ActionModal } from '../../components/ActionModal';
import { PersonSelect } from '../../components/PersonSelect';
import { labelOptions, medalLabels } from '../../labels';
import { RecordCompetitionTeamResultDoc, UpdateCompetitionDoc } from './documents';

type Competition = NonNullable<CompetitionDetailQuery['competition']>;

interface EditValues {
  organiser: string;
  heldOn?: string;
  endsOn?: string;
}
interface TeamValues {
  name: string;
  rank?: number | null;
  medal?: Medal;
  memberIds: (string | undefined)[];
}

/**
 * The steps on a competition for 市人社局 and 市总工会 (四(十三)): 修改主办单位和日期 (audited), and 登记团体成绩 (a team
 * with its members, each of whom then holds the team's placing).
 */
export function CompetitionActions({ competition }: { competition: Competition }) {
  const [open, setOpen] = useState<'edit' | 'team' | null>(null);
  const refetchQueries = ['CompetitionDetail', 'Competitions'];
  const [update] = useMutation(UpdateCompetitionDoc, { refetchQueries });
  const [recordTeam] = useMutation(RecordCompetitionTeamResultDoc, { refetchQueries });
  return (
    <>
      <Space wrap>
        <Button icon={<EditOutlined />} onClick={() => setOpen('edit')} data-testid="competition-edit">
          修改主办单位和日期
        </Button>
        <Button icon={<TeamOutlined />} onClick={() => setOpen('team')} data-testid="competition-team">
          登记团体成绩
        </Button>
      </Space>
      {open === 'edit' && (
        <ActionModal<EditValues>
          title="修改主办单位和日期"
          okText="保存"
          testId="competition-edit-modal"
          effect="修改记入办理记录和审计日志；日期须在竞赛年度内，结束日期不早于开始日期。"
          fieldNames={['organiser', 'heldOn', 'endsOn']}
          initialValues={{
            organiser: competition.organiser ?? '',
            heldOn: competition.heldOn ?? '',
            endsOn: competition.endsOn ?? '',
          }}
          onSubmit={(v) =>
            update({
              variables: {
                input: {
                  id: competition.id,
                  organiser: v.organiser.trim(),
                  heldOn: v.heldOn || null,
                  endsOn: v.endsOn || null,
                },
              },
            })
          }
          onClose={() => setOpen(null)}
        >
          <Form.Item
            name="organiser"
            label="主办单位"
            rules={[{ required: true, whitespace: true, message: '主办单位不能为空' }]}
          >
            <Input data-testid="competition-edit-organiser" />
          </Form.Item>
          <Form.Item name="heldOn" label="开始日期">
            <Input type="date" data-testid="competition-edit-held-on" />
          </Form.Item>
          <Form.Item name="endsOn" label="结束日期">
            <Input type="date" data-testid="competition-edit-ends-on" />
          </Form.Item>
        </ActionModal>
      )}
      {open === 'team' && (
        <ActionModal<TeamValues>
          title="登记团体成绩"
          okText="登记"
          width={560}
          testId="competition-team-modal"
          effect="每名队员各得一条与本队相同名次、奖次的成绩；同一人在同一竞赛只能有一条成绩（个人或一个参赛队）。"
          fieldNames={['name', 'rank', 'medal', 'memberIds']}
          initialValues={{ memberIds: [undefined, undefined] }}
          onSubmit={(v) =>
            recordTeam({
              variables: {
                input: {
                  competitionId: competition.id,
                  name: v.name.trim(),
                  rank: v.rank ?? null,
                  medal: v.medal ?? null,
                  memberIds: v.memberIds.filter((id): id is string => !!id),
                },
              },
            })
          }
          onClose={() => setOpen(null)}
        >
          <Form.Item
            name="name"
            label="参赛队名称"
            rules={[{ required: true, whitespace: true, message: '参赛队名称不能为空' }]}
          >
            <Input data-testid="competition-team-name" />
          </Form.Item>
          <Space>
            <Form.Item name="rank" label="名次">
              <InputNumber min={1} precision={0} data-testid="competition-team-rank" />
            </Form.Item>
            <Form.Item name="medal" label="奖次">
              <Select<Medal>
                allowClear
                style={{ width: 140 }}
                options={labelOptions(medalLabels)}
                data-testid="competition-team-medal"
              />
            </Form.Item>
          </Space>
          <Form.List name="memberIds">
            {(items, { add, remove }, { errors }) => (
              <Form.Item label="队员">
                {items.map((item) => (
                  <Space key={item.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item name={item.name} style={{ minWidth: 360, marginBottom: 8 }}>
                      <PersonSelect testId="competition-team-member" />
                    </Form.Item>
                    {items.length > 1 && (
                      <MinusCircleOutlined aria-label="移除队员" onClick={() => remove(item.name)} />
                    )}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="competition-team-add-member">
                  添加队员
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            )}
          </Form.List>
        </ActionModal>
      )}
    </>
  );
}
