import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { CollegeMajorKind, CollegeMajorLevel } from '../../../gql/graphql';
import { formErrors } from '../../../apollo/formErrors';
import { OrganisationSelect } from '../../../components/OrganisationSelect';
import { labelOptions } from '../../../labels';
import { RecordCollegeMajorDoc } from './documents';
import { collegeMajorKindLabels, collegeMajorLevelLabels } from './labels';

export interface MajorValues {
  kind: CollegeMajorKind;
  collegeId: string;
  name: string;
  level?: CollegeMajorLevel;
  documentNo: string;
  documentDate: string;
  note?: string;
}
const FIELDS: (keyof MajorValues)[] = ['kind', 'collegeId', 'name', 'level', 'documentNo', 'documentDate', 'note'];

interface Props {
  open: boolean;
  onClose(): void;
  onRecorded(id: string): void;
}

/**
 * 登记项目 (市教育局, 市人社局): a college's major, course or the college itself from its approving document. The
 * server checks the college (a vocational college or technical school of the directory), the document's date (in the
 * policy window, not after today), the level a high-level major needs and a second record of the same; its coded
 * errors land on their fields.
 */
export function RecordMajorDrawer({ open, onClose, onRecorded }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<MajorValues>();
  const [other, setOther] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordCollegeMajorDoc, { refetchQueries: ['CollegeMajors'] });

  async function submit(values: MajorValues) {
    setOther([]);
    try {
      const { data } = await record({
        variables: {
          input: {
            kind: values.kind,
            collegeId: values.collegeId,
            name: values.name,
            ...(values.level ? { level: values.level } : {}),
            documentNo: values.documentNo,
            documentDate: values.documentDate,
            ...(values.note?.trim() ? { note: values.note.trim() } : {}),
          },
        },
      });
      const made = data?.recordCollegeMajor;
      if (!made) return;
      message.success('已登记，待另一名工作人员确认');
      form.resetFields();
      onRecorded(made.id);
      onClose();
    } catch (error) {
      const mapped = formErrors(error, FIELDS, 'input.');
      form.setFields(
        Object.entries(mapped.fields).map(([name, msg]) => ({ name: name as keyof MajorValues, errors: [msg] })),
      );
      setOther(mapped.other);
    }
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="登记院校专业建设项目"
      size={480}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="college-major-submit">
            登记
          </Button>
        </Space>
      }
    >
      <div data-testid="college-major-form">
        <Typography.Paragraph type="secondary">
          依据批准文件登记，由另一名工作人员确认后计入目标进度；高水平专业（群）确认后由资金核定服务按政策核定奖补（每所院校每年封顶）。
        </Typography.Paragraph>
        {other.length > 0 && (
          <Alert type="error" showIcon title={other.join('；')} style={{ marginBottom: 16 }} data-testid="form-error" />
        )}
        <Form<MajorValues>
          form={form}
          layout="vertical"
          disabled={loading}
          initialValues={{ kind: 'HIGH_LEVEL_MAJOR', level: 'PROVINCIAL' }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="kind" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
            <Select<CollegeMajorKind>
              options={labelOptions(collegeMajorKindLabels)}
              data-testid="college-major-form-kind"
            />
          </Form.Item>
          <Form.Item name="collegeId" label="院校" rules={[{ required: true, message: '请选择院校' }]}>
            <OrganisationSelect testId="college-major-form-college" />
          </Form.Item>
          <Form.Item
            name="name"
            label="名称"
            rules={[
              { required: true, whitespace: true, message: '请填写名称' },
              { max: 100, message: '名称不超过 100 个字' },
            ]}
          >
            <Input data-testid="college-major-form-name" />
          </Form.Item>
          <Form.Item name="level" label="级别（高水平专业必填）">
            <Select<CollegeMajorLevel>
              allowClear
              options={labelOptions(collegeMajorLevelLabels)}
              data-testid="college-major-form-level"
            />
          </Form.Item>
          <Form.Item
            name="documentNo"
            label="批准文号"
            rules={[
              { required: true, whitespace: true, message: '请填写批准文号' },
              { max: 100, message: '批准文号不超过 100 个字' },
            ]}
          >
            <Input data-testid="college-major-form-document-no" />
          </Form.Item>
          <Form.Item name="documentDate" label="批准日期" rules={[{ required: true, message: '请填写批准日期' }]}>
            <Input type="date" data-testid="college-major-form-document-date" />
          </Form.Item>
          <Form.Item name="note" label="说明" rules={[{ max: 500, message: '说明不超过 500 个字' }]}>
            <Input.TextArea rows={3} data-testid="college-major-form-note" />
          </Form.Item>
        </Form>
      </div>
    </Drawer>
  );
}
