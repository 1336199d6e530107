import { Button, Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';

interface Props {
  /** What can be searched: the placeholder, and the name a screen reader reads for the box. */
  placeholder: string;
  onSearch(value: string | undefined): void;
  defaultValue?: string;
  testId?: string;
}

/** A list's search box; its icon-only button carries a name, so it is not read as an unlabelled button. */
export function SearchInput({ placeholder, onSearch, defaultValue, testId = 'filter-search' }: Props) {
  return (
    <Input.Search
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      defaultValue={defaultValue}
      style={{ width: 240 }}
      enterButton={<Button aria-label="搜索" title="搜索" icon={<SearchOutlined />} />}
      onSearch={(v) => onSearch(v.trim() || undefined)}
      data-testid={testId}
    />
  );
}
