import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CertificationRoute, SkillLevel } from '../../gql/graphql';
import { formErrors } from '../../apollo/formErrors';
import { beijingToday } from '../../format/dateTime';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { certificationRouteLabels, label, labelOptions, skillLevelLabels } from '../../labels';

const CreateSkillCertificateDoc = graphql(`
  mutation CreateSkillCertificate($input: CreateSkillCertificateInput!) {
    createSkillCertificate(input: $input) {
      id
      certificateNo
      level
      occupation
      issuedOn
      route
      issuer {
        id
        name
      }
    }
  }
`);

export interface CertificateValues {
  level: SkillLevel;
  occupation: string;
  issuerId: string;
  issuedOn: string;
  route: CertificationRoute;
  certificateNo: string;
}
const FIELDS: (keyof CertificateValues)[] = ['level', 'occupation', 'issuerId', 'issuedOn', 'route', 'certificateNo'];

/** A certificate cannot be issued later than today in Beijing. */
const today = () => beijingToday();

interface Props {
  person: { id: string; name: string };
  open: boolean;
  onClose(): void;
  /** Called with the new certificate's id once it is recorded (finance decides its fact within seconds). */
  onRecorded(certificateId: string): void;
}

/**
 * 登记证书 for 市人社局 on a person's page: the certificate and its fact event are written together by the
 * evaluation service, and finance computes the subsidy from the event. The server's coded errors land on their field
 * (证书编号已登记 on 证书编号 …), the rest above the form.
 */
export function RecordCertificateDrawer({ person, open, onClose, onRecorded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CertificateValues>();
  const [other, setOther] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateSkillCertificateDoc, { refetchQueries: ['PersonDetail'] });

  async function submit(values: CertificateValues) {
    setOther([]);
    try {
      const { data } = await create({
        variables: {
          input: {
            personId: person.id,
            level: values.level,
            occupation: values.occupation.trim(),
            issuerId: values.issuerId,
            issuedOn: values.issuedOn,
            route: values.route,
            certificateNo: values.certificateNo.trim(),
          },
        },
      });
      const created = data?.createSkillCertificate;
      if (!created) return;
      message.success(
        `已登记${person.name}的${label(skillLevelLabels, created.level)}证书（${created.certificateNo}），资金核定结果稍后显示在“事实核定”中`,
      );
      form.resetFields();
      onRecorded(created.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof CertificateValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={`登记技能等级证书 · ${person.name}`}
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="certificate-submit">
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="certificate-form">
        <Typography.Paragraph type="secondary">
          登记后，资金核定服务会按政策自动核定该证书对应的补贴（如新取得技师、高级技师、特级技师一次性补贴），无需手工填写金额。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<CertificateValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ route: 'SKILL_LEVEL_CERTIFICATION', issuedOn: today() }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="level" label="职业技能等级" rules={[{ required: true, message: '请选择职业技能等级' }]}>
            <Select<SkillLevel>
              options={labelOptions(skillLevelLabels)}
              placeholder="请选择"
              data-testid="certificate-form-level"
            />
          </Form.Item>
          <Form.Item
            name="occupation"
            label="职业（工种）"
            rules={[
              { required: true, whitespace: true, message: '职业（工种）不能为空' },
              { max: 50, message: '职业（工种）不超过 50 个字' },
            ]}
          >
            <Input placeholder="如 电工、车工" data-testid="certificate-form-occupation" />
          </Form.Item>
          <Form.Item name="issuerId" label="发证机构" rules={[{ required: true, message: '请选择发证机构' }]}>
            <OrganisationSelect testId="certificate-form-issuer" />
          </Form.Item>
          <Form.Item
            name="issuedOn"
            label="发证日期"
            rules={[
              { required: true, message: '请填写发证日期' },
              {
                validator: async (_, v?: string) => {
                  if (v && v > today()) throw new Error('发证日期不能晚于今天');
                },
              },
            ]}
          >
            <Input type="date" max={today()} data-testid="certificate-form-issued-on" />
          </Form.Item>
          <Form.Item name="route" label="取得方式" rules={[{ required: true, message: '请选择取得方式' }]}>
            <Select<CertificationRoute>
              options={labelOptions(certificationRouteLabels)}
              data-testid="certificate-form-route"
            />
          </Form.Item>
          <Form.Item
            name="certificateNo"
            label="证书编号"
            rules={[
              { required: true, whitespace: true, message: '证书编号不能为空' },
              { max: 40, message: '证书编号不超过 40 个字符' },
            ]}
          >
            <Input placeholder="全市唯一" data-testid="certificate-form-number" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
