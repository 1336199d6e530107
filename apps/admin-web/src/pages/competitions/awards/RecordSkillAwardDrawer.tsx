import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import type { AwardWinnerKind, SkillAwardKind, TalentRoute } from '../../../gql/graphql';
import { formErrors } from '../../../apollo/formErrors';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { PersonSelect } from '../../../components/PersonSelect';
import { labelOptions } from '../../../labels';
import { RecordSkillAwardDoc } from './documents';
import { awardWinnerKindLabels, skillAwardLabels, talentRouteLabels } from './labels';

export interface SkillAwardValues {
  award: SkillAwardKind;
  winnerKind: AwardWinnerKind;
  personId?: string;
  teamName?: string;
  memberIds?: (string | undefined)[];
  awardedOn: string;
  documentNo: string;
  route: TalentRoute;
  unitId?: string;
  rolePercent?: number | null;
  competitionResultId?: string;
  achievementId?: string;
}
const FIELDS: (keyof SkillAwardValues)[] = [
  'award',
  'personId',
  'teamName',
  'memberIds',
  'awardedOn',
  'documentNo',
  'route',
  'unitId',
  'rolePercent',
  'competitionResultId',
  'achievementId',
];

const WORLDSKILLS: readonly SkillAwardKind[] = ['WORLDSKILLS_GOLD', 'WORLDSKILLS_SILVER', 'WORLDSKILLS_BRONZE'];
const trimmed = (v: string | undefined) => v?.trim() || undefined;

interface Props {
  open: boolean;
  onClose(): void;
  onRecorded(id: string): void;
}

/**
 * 登记奖项 (市人社局): a WorldSkills medal of a person or a team, or 中华技能大奖 / 全国技术能手 of a person, with the unit
 * that introduced or cultivated the winner. Whether and how much it pays (route, role, the unit's grant, one
 * achievement paying the higher) is the rules' decision in finance; the server's coded errors land on their fields.
 */
export function RecordSkillAwardDrawer({ open, onClose, onRecorded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SkillAwardValues>();
  const [other, setOther] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordSkillAwardDoc, { refetchQueries: ['SkillAwards'] });
  const award = Form.useWatch('award', form);
  const winnerKind = Form.useWatch('winnerKind', form);
  const worldSkills = award !== undefined && WORLDSKILLS.includes(award);
  const team = worldSkills && winnerKind === 'TEAM';

  async function submit(v: SkillAwardValues) {
    setOther([]);
    try {
      const { data } = await record({
        variables: {
          input: {
            award: v.award,
            ...(team
              ? {
                  teamName: trimmed(v.teamName) ?? '',
                  memberIds: (v.memberIds ?? []).filter((id): id is string => !!id),
                }
              : { personId: v.personId }),
            awardedOn: v.awardedOn,
            documentNo: v.documentNo.trim(),
            route: v.route,
            ...(v.unitId ? { unitId: v.unitId } : {}),
            ...(worldSkills && v.rolePercent != null ? { rolePercent: v.rolePercent } : {}),
            ...(trimmed(v.competitionResultId) ? { competitionResultId: trimmed(v.competitionResultId) } : {}),
            ...(trimmed(v.achievementId) ? { achievementId: trimmed(v.achievementId) } : {}),
          },
        },
      });
      const made = data?.recordSkillAward;
      if (!made) return;
      message.success('已登记奖项');
      form.resetFields();
      onRecorded(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof SkillAwardValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记技能奖项"
      size={520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="skill-award-submit">
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="skill-award-form">
        <Typography.Paragraph type="secondary">
          依据获奖文件登记全职引进或培养的人员（团队）获得的世界技能大赛金、银、铜奖，中华技能大奖，全国技术能手（三(九)）；登记后由资金核定服务按政策核定个人（团队）和引才或培养单位的奖励。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<SkillAwardValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{
            award: 'WORLDSKILLS_GOLD',
            winnerKind: 'PERSON',
            route: 'CULTIVATED',
            memberIds: [undefined],
          }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="award" label="奖项" rules={[{ required: true, message: '请选择奖项' }]}>
            <Select<SkillAwardKind> options={labelOptions(skillAwardLabels)} data-testid="skill-award-form-award" />
          </Form.Item>
          {worldSkills && (
            <Form.Item name="winnerKind" label="获奖者">
              <Radio.Group options={labelOptions(awardWinnerKindLabels)} data-testid="skill-award-form-winner-kind" />
            </Form.Item>
          )}
          {team ? (
            <>
              <Form.Item
                name="teamName"
                label="参赛队名称"
                rules={[{ required: true, whitespace: true, message: '请填写参赛队名称' }]}
              >
                <Input data-testid="skill-award-form-team-name" />
              </Form.Item>
              <Form.Item label="队员" name="memberIds" required>
                <Form.List name="memberIds">
                  {(items, { add, remove }) => (
                    <>
                      {items.map((item) => (
                        <Space key={item.key} align="baseline" style={{ display: 'flex' }}>
                          <Form.Item
                            name={item.name}
                            rules={[{ required: true, message: '请选择队员' }]}
                            style={{ width: 360 }}
                          >
                            <PersonSelect testId={`skill-award-form-member-${item.name}`} />
                          </Form.Item>
                          {items.length > 1 && (
                            <MinusCircleOutlined onClick={() => remove(item.name)} aria-label="移除队员" />
                          )}
                        </Space>
                      ))}
                      <Button
                        type="dashed"
                        icon={<PlusOutlined />}
                        onClick={() => add()}
                        data-testid="skill-award-form-add-member"
                      >
                        添加队员
                      </Button>
                    </>
                  )}
                </Form.List>
              </Form.Item>
            </>
          ) : (
            <Form.Item name="personId" label="获奖人" rules={[{ required: true, message: '请选择获奖人' }]}>
              <PersonSelect testId="skill-award-form-person" />
            </Form.Item>
          )}
          <Form.Item name="route" label="全职引进或培养" rules={[{ required: true, message: '请选择' }]}>
            <Select<TalentRoute> options={labelOptions(talentRouteLabels)} data-testid="skill-award-form-route" />
          </Form.Item>
          <Form.Item name="unitId" label="引才或培养单位" extra="按政策给予单位奖励（R11、R13）">
            <OrganisationSelect testId="skill-award-form-unit" />
          </Form.Item>
          {worldSkills && (
            <Form.Item
              name="rolePercent"
              label="作用发挥比例（%）"
              extra="根据作用发挥情况确定个人（团队）奖励的比例，不填按政策规则的默认值"
            >
              <InputNumber
                min={1}
                max={100}
                precision={0}
                style={{ width: 160 }}
                data-testid="skill-award-form-role-percent"
              />
            </Form.Item>
          )}
          <Form.Item
            name="documentNo"
            label="获奖文件文号"
            rules={[{ required: true, whitespace: true, message: '请填写获奖文件文号' }]}
          >
            <Input data-testid="skill-award-form-document-no" />
          </Form.Item>
          <Form.Item name="awardedOn" label="获奖日期" rules={[{ required: true, message: '请填写获奖日期' }]}>
            <Input type="date" data-testid="skill-award-form-awarded-on" />
          </Form.Item>
          <Form.Item
            name="achievementId"
            label="同一成就编号"
            extra="同一成就获得的两项奖励填同一编号，只按较高的一项发放"
          >
            <Input data-testid="skill-award-form-achievement" />
          </Form.Item>
          {worldSkills && (
            <Form.Item
              name="competitionResultId"
              label="所依据的竞赛成绩编号"
              extra="世界级竞赛中已登记的本人成绩（可不填）"
            >
              <Input data-testid="skill-award-form-result" />
            </Form.Item>
          )}
        </Form>
      </div>
    </Drawer>
  );
}
