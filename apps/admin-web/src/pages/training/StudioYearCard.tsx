import { useState } from 'react';
import { Card, Space, Statistic, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { PolicyYearSelect, policyYears } from '../../components/PolicyYearSelect';
import { currentYear } from '../../format/dateTime';
import { StudioYearQueryDoc } from './documents';
import { TARGET_PROGRESS as PROGRESS } from './targetProgress';

/** The year's city-level selections against T10 (二(六): 每年遴选建设１０家左右), with the clause's words. */
export function StudioYearCard() {
  const years = policyYears();
  const thisYear = currentYear();
  const [year, setYear] = useState<number>(years.includes(thisYear) ? thisYear : years[years.length - 1]!);
  const { data } = useQuery(StudioYearQueryDoc, { variables: { year } });
  const y = data?.studioYear;
  const progress = y ? (PROGRESS[y.status] ?? { text: y.status, colour: 'default' }) : null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="studio-year">
      <Space wrap size="large" align="center">
        <PolicyYearSelect value={year} onChange={setYear} testId="studio-year-select" ariaLabel="年度" />
        {y && (
          <>
            <Statistic title="本年度命名市级工作室" value={y.citySelected} suffix={`/ 约 ${y.target} 家`} />
            <Statistic title="“左右”的范围" value={`${y.lower}–${y.upper ?? '—'}`} />
            <Statistic title="尚余名额" value={y.remaining ?? '—'} />
            {progress && <Tag color={progress.colour}>{progress.text}</Tag>}
            <Typography.Text type="secondary" data-testid="studio-year-clause">
              {y.zh}（{y.clause}）
            </Typography.Text>
          </>
        )}
      </Space>
    </Card>
  );
}
