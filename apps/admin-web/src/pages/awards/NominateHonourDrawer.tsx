import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { HonourKind } from '../../gql/graphql';
import { formErrors } from '../../apollo/formErrors';
import { currentYear } from '../../format/dateTime';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { honourKindLabels, label, labelOptions } from '../../labels';
import { NominateHonourMutationDoc } from './documents';
import { PersonSelect } from '../../components/PersonSelect';
import { CompetitionResultSelect } from './CompetitionResultSelect';

export interface NominationValues {
  kind: HonourKind;
  year: number;
  personId: string;
  proposingOrganisationId?: string;
  citation?: string;
  competitionResultId?: string;
  attestedBy?: string;
  attestation?: string;
}
const FIELDS: (keyof NominationValues)[] = [
  'kind',
  'year',
  'personId',
  'proposingOrganisationId',
  'citation',
  'competitionResultId',
  'attestedBy',
  'attestation',
];

/** The kinds whose eligibility rests on a competition result, and the one that rests on an attestation (rules). */
const FROM_COMPETITION: readonly HonourKind[] = ['SKILLS_CHAMPION', 'TECHNICAL_EXPERT'];
const ATTESTED: readonly HonourKind[] = ['CHIEF_TECHNICIAN'];

interface Props {
  open: boolean;
  onClose(): void;
  onNominated(id: string): void;
  /** Prefilled values (e.g. the person, from the person's page). */
  initialValues?: Partial<NominationValues>;
}

/**
 * 提名表彰: the responsible body records a nomination (proposed by a county or unit), with the evidence its kind asks:
 * 技能状元 and 技术能手 one of the nominee's own competition results (its tier is the result's competition's), 首席技师
 * who attests and what. The server checks the duty, the result against competitions, the eligibility and 不重复, and
 * its errors land on their fields.
 */
export function NominateHonourDrawer({ open, onClose, onNominated, initialValues }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NominationValues>();
  const [other, setOther] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form);
  const personId = Form.useWatch('personId', form);
  const [nominate, { loading }] = useMutation(NominateHonourMutationDoc, { refetchQueries: ['Honours'] });

  async function submit(v: NominationValues) {
    setOther([]);
    try {
      const { data } = await nominate({
        variables: {
          input: {
            kind: v.kind,
            year: v.year,
            personId: v.personId,
            proposingOrganisationId: v.proposingOrganisationId || null,
            citation: v.citation?.trim() || null,
            // The tier is the result's: the server reads it from competitions, so the form sends none.
            competitionResultId: v.competitionResultId?.trim() || null,
            attestedBy: v.attestedBy?.trim() || null,
            attestation: v.attestation?.trim() || null,
          },
        },
      });
      const h = data?.nominateHonour;
      if (!h) return;
      message.success(`已提名${h.person.name}为${h.year}年度“${label(honourKindLabels, h.kind)}”`);
      form.resetFields();
      onNominated(h.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof NominationValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="提名表彰"
      size={520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="nomination-submit">
            提名
          </Button>
        </Space>
      }
    >
      <div data-testid="nomination-form">
        <Typography.Paragraph type="secondary">
          由县（市、区）或单位推荐、牵头部门提名；提名后经专家评审、公示，公示期满后由提名人以外的人员批准。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<NominationValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ year: currentYear(), ...initialValues }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="kind" label="荣誉类别" rules={[{ required: true, message: '请选择荣誉类别' }]}>
            <Select<HonourKind>
              options={labelOptions(honourKindLabels)}
              placeholder="请选择"
              data-testid="nomination-kind"
            />
          </Form.Item>
          <Form.Item name="year" label="评选年度" rules={[{ required: true, message: '请填写评选年度' }]}>
            <InputNumber precision={0} min={2000} max={2100} style={{ width: 160 }} data-testid="nomination-year" />
          </Form.Item>
          <Form.Item name="personId" label="被提名人员" rules={[{ required: true, message: '请选择被提名人员' }]}>
            <PersonSelect
              testId="nomination-person"
              // Another nominee: the result chosen was the previous one's (Form.Item still sets personId).
              onChange={() => form.setFieldValue('competitionResultId', undefined)}
            />
          </Form.Item>
          <Form.Item name="proposingOrganisationId" label="推荐单位（县市区或单位）">
            <OrganisationSelect testId="nomination-organisation" />
          </Form.Item>
          {kind && FROM_COMPETITION.includes(kind) && (
            <Form.Item
              name="competitionResultId"
              label="所依据的竞赛获奖成绩"
              extra="竞赛级别取自该成绩所属的竞赛"
              rules={[{ required: true, message: '请选择所依据的竞赛获奖成绩' }]}
            >
              <CompetitionResultSelect personId={personId} testId="nomination-result" />
            </Form.Item>
          )}
          {kind && ATTESTED.includes(kind) && (
            <>
              <Form.Item
                name="attestedBy"
                label="证明人（单位或个人）"
                extra="证明其为全市重点产业、支柱产业等企业一线技能领军人才"
                rules={[{ required: true, whitespace: true, message: '请填写证明人' }]}
              >
                <Input data-testid="nomination-attested-by" />
              </Form.Item>
              <Form.Item
                name="attestation"
                label="证明内容"
                rules={[{ required: true, whitespace: true, message: '请填写证明内容' }]}
              >
                <Input.TextArea rows={3} data-testid="nomination-attestation" />
              </Form.Item>
            </>
          )}
          <Form.Item name="citation" label="推荐理由" rules={[{ max: 2000, message: '推荐理由不超过 2000 个字' }]}>
            <Input.TextArea rows={4} data-testid="nomination-citation" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
