import { Select } from 'antd';
import { labelOptions } from '../labels';

interface Props<K extends string> {
  labels: Record<K, string>;
  value: K | undefined;
  onChange(value: K | undefined): void;
  placeholder: string;
  testId: string;
  width?: number;
}

/** A filter over one enum, with the labels module's Chinese names as options; typing narrows them (long lists). */
export function EnumSelect<K extends string>({ labels, value, onChange, placeholder, testId, width = 180 }: Props<K>) {
  return (
    <Select<K>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width }}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      options={labelOptions(labels)}
      data-testid={testId}
    />
  );
}
