import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { CompetitionStage, CompetitionTier } from '../../../gql/graphql';
import { formErrors } from '../../../apollo/formErrors';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { competitionTierLabels, labelOptions } from '../../../labels';
import { RecordCollegePrizeDoc } from './documents';
import { collegeStageLabels, prizeLabels } from './labels';

export interface CollegePrizeValues {
  collegeId: string;
  eventName: string;
  eventKey: string;
  entryName: string;
  entryKey: string;
  tier: CompetitionTier;
  stage: CompetitionStage;
  prize: '1' | '2' | '3';
  documentNo: string;
  awardedOn: string;
}
const FIELDS: (keyof CollegePrizeValues)[] = [
  'collegeId',
  'eventName',
  'eventKey',
  'entryName',
  'entryKey',
  'tier',
  'stage',
  'prize',
  'documentNo',
  'awardedOn',
];

const TIER_OPTIONS = (['WORLD', 'NATIONAL'] as const).map((value) => ({ value, label: competitionTierLabels[value] }));

interface Props {
  open: boolean;
  onClose(): void;
  onRecorded(id: string): void;
}

/**
 * 登记获奖 (市人社局、市教育局): a vocational college's prize from the awarding document. The server checks that the
 * college is a vocational college of the directory, the tier (world or national), the prize (1–3), the date, and a
 * second record of the same entry's stage; its coded errors land on their fields.
 */
export function RecordCollegePrizeDrawer({ open, onClose, onRecorded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CollegePrizeValues>();
  const [other, setOther] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordCollegePrizeDoc, { refetchQueries: ['CollegePrizes'] });

  async function submit(values: CollegePrizeValues) {
    setOther([]);
    try {
      const { data } = await record({
        variables: {
          input: {
            collegeId: values.collegeId,
            eventName: values.eventName.trim(),
            eventKey: values.eventKey.trim(),
            entryName: values.entryName.trim(),
            entryKey: values.entryKey.trim(),
            tier: values.tier,
            stage: values.stage,
            prize: Number(values.prize),
            documentNo: values.documentNo.trim(),
            awardedOn: values.awardedOn,
          },
        },
      });
      const made = data?.recordCollegePrize;
      if (!made) return;
      message.success('已登记获奖');
      form.resetFields();
      onRecorded(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof CollegePrizeValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记职业院校技能大赛获奖"
      size={520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="college-prize-submit">
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="college-prize-form">
        <Typography.Paragraph type="secondary">
          依据获奖文件登记世界（全国）职业院校技能大赛排位赛及总决赛一、二、三等奖（三(九)）；登记后由资金核定服务按政策核定奖励，财政在最高标准内审定金额。同一参赛项目的排位赛和总决赛获奖只奖励一次（就高）。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<CollegePrizeValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ tier: 'NATIONAL', stage: 'FINAL', prize: '1' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="collegeId" label="获奖院校" rules={[{ required: true, message: '请选择获奖院校' }]}>
            <OrganisationSelect testId="college-prize-form-college" />
          </Form.Item>
          <Form.Item name="eventName" label="赛事名称" rules={required('请填写赛事名称')}>
            <Input placeholder="如 2025年全国职业院校技能大赛" data-testid="college-prize-form-event-name" />
          </Form.Item>
          <Form.Item
            name="eventKey"
            label="赛事编号"
            extra="同一赛事的排位赛和总决赛用同一编号"
            rules={required('请填写赛事编号')}
          >
            <Input data-testid="college-prize-form-event-key" />
          </Form.Item>
          <Form.Item name="entryName" label="参赛项目（选手或团队）" rules={required('请填写参赛项目')}>
            <Input data-testid="college-prize-form-entry-name" />
          </Form.Item>
          <Form.Item
            name="entryKey"
            label="参赛项目编号"
            extra="同一参赛项目在排位赛和总决赛用同一编号"
            rules={required('请填写参赛项目编号')}
          >
            <Input data-testid="college-prize-form-entry-key" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="tier" label="赛事级别" rules={[{ required: true, message: '请选择赛事级别' }]}>
              <Select<CompetitionTier>
                options={TIER_OPTIONS}
                style={{ width: 150 }}
                data-testid="college-prize-form-tier"
              />
            </Form.Item>
            <Form.Item name="stage" label="赛段" rules={[{ required: true, message: '请选择赛段' }]}>
              <Select<CompetitionStage>
                options={labelOptions(collegeStageLabels)}
                style={{ width: 120 }}
                data-testid="college-prize-form-stage"
              />
            </Form.Item>
            <Form.Item name="prize" label="奖次" rules={[{ required: true, message: '请选择奖次' }]}>
              <Select
                options={labelOptions(prizeLabels)}
                style={{ width: 120 }}
                data-testid="college-prize-form-prize"
              />
            </Form.Item>
          </Space>
          <Form.Item name="documentNo" label="获奖文件文号" rules={required('请填写获奖文件文号')}>
            <Input placeholder="如 教职成函〔2025〕8号" data-testid="college-prize-form-document-no" />
          </Form.Item>
          <Form.Item name="awardedOn" label="获奖文件日期" rules={[{ required: true, message: '请填写获奖文件日期' }]}>
            <Input type="date" data-testid="college-prize-form-awarded-on" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
