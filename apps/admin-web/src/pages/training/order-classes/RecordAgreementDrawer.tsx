import { useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { GraduateProgramme } from '../../../gql/graphql';
import { formErrors } from '../../../apollo/formErrors';
import { labelOptions } from '../../../labels';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { RecordOrderClassAgreementDoc } from './documents';
import { graduateProgrammeLabels, orderClassActionLabels } from './labels';

export interface AgreementValues {
  enterpriseId: string;
  collegeId: string;
  className: string;
  programme: GraduateProgramme;
  contractYears: number;
  startedOn: string;
  cityCollege: boolean;
  note?: string;
}
const FIELDS: (keyof AgreementValues)[] = [
  'enterpriseId',
  'collegeId',
  'className',
  'programme',
  'contractYears',
  'startedOn',
  'cityCollege',
  'note',
];

interface Props {
  open: boolean;
  onClose(): void;
  onRecorded(id: string): void;
}

/**
 * 登记订单班协议: an enterprise's order class with a vocational college or technical school. The server checks both
 * units in the directory and their kinds (a college that is not one is refused on its field), the start date, the
 * contract length and a second agreement of the same name; its coded errors land on their fields.
 */
export function RecordAgreementDrawer({ open, onClose, onRecorded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AgreementValues>();
  const [other, setOther] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordOrderClassAgreementDoc, {
    refetchQueries: ['OrderClassAgreements'],
  });

  async function submit(values: AgreementValues) {
    setOther([]);
    try {
      const { data } = await record({
        variables: {
          input: {
            enterpriseId: values.enterpriseId,
            collegeId: values.collegeId,
            className: values.className?.trim() ?? '',
            programme: values.programme,
            contractYears: values.contractYears,
            startedOn: values.startedOn,
            cityCollege: values.cityCollege === true,
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        },
      });
      const made = data?.recordOrderClassAgreement;
      if (!made) return;
      message.success(`已${orderClassActionLabels.RECORD_AGREEMENT}`);
      form.resetFields();
      onRecorded(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof AgreementValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={orderClassActionLabels.RECORD_AGREEMENT}
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            loading={loading}
            onClick={() => form.submit()}
            data-testid="order-class-agreement-submit"
          >
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="order-class-agreement-form">
        <Typography.Paragraph type="secondary">
          支持重点企业、重点项目与市属高校（含市技师学院）联合订单式培养（二(四)）；企业每年全职聘用订单班毕业生后报送年度聘用报告。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<AgreementValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ cityCollege: true, contractYears: 3, programme: 'SENIOR_CLASS' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="enterpriseId" label="订单企业" rules={[{ required: true, message: '请选择订单企业' }]}>
            <OrganisationSelect testId="order-class-agreement-enterprise" />
          </Form.Item>
          <Form.Item name="collegeId" label="合作院校" rules={[{ required: true, message: '请选择合作院校' }]}>
            <OrganisationSelect testId="order-class-agreement-college" />
          </Form.Item>
          <Form.Item
            name="className"
            label="订单班名称"
            rules={[
              { required: true, whitespace: true, message: '请填写订单班名称' },
              { max: 100, message: '订单班名称不超过 100 个字' },
            ]}
          >
            <Input data-testid="order-class-agreement-class-name" />
          </Form.Item>
          <Form.Item name="programme" label="培养层次" rules={[{ required: true, message: '请选择培养层次' }]}>
            <Select<GraduateProgramme>
              options={labelOptions(graduateProgrammeLabels)}
              data-testid="order-class-agreement-programme"
            />
          </Form.Item>
          <Form.Item
            name="contractYears"
            label="约定工作合同年限（年）"
            rules={[{ required: true, message: '请填写合同年限' }]}
          >
            <InputNumber data-testid="order-class-agreement-contract-years" />
          </Form.Item>
          <Form.Item name="startedOn" label="开班日期" rules={[{ required: true, message: '请填写开班日期' }]}>
            <Input type="date" data-testid="order-class-agreement-started-on" />
          </Form.Item>
          <Form.Item name="cityCollege" valuePropName="checked">
            <Checkbox data-testid="order-class-agreement-city-college">与市属高校（含市技师学院）联合</Checkbox>
          </Form.Item>
          <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
            <Input.TextArea rows={3} data-testid="order-class-agreement-note" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
