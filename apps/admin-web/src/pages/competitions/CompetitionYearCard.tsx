import { useState } from 'react';
import { Card, Space, Statistic, Tag, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { PolicyYearSelect, policyYears } from '../../components/PolicyYearSelect';
import { currentYear } from '../../format/dateTime';
import { CompetitionYearQueryDoc } from './documents';

const PROGRESS: Record<string, { text: string; colour: string }> = {
  MET: { text: '已完成', colour: 'green' },
  IN_PROGRESS: { text: '进行中', colour: 'gold' },
  NOT_MET: { text: '未完成', colour: 'red' },
};

/** The year's city competitions against T12 (四(十三): 每年举办１００场以上市级职业技能竞赛), with the clause. */
export function CompetitionYearCard() {
  const years = policyYears();
  const thisYear = currentYear();
  const [year, setYear] = useState<number>(years.includes(thisYear) ? thisYear : years[years.length - 1]!);
  const { data } = useQuery(CompetitionYearQueryDoc, { variables: { year } });
  const y = data?.competitionYear;
  const progress = y ? (PROGRESS[y.status] ?? { text: y.status, colour: 'default' }) : null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="competition-year">
      <Space wrap size="large" align="center">
        <PolicyYearSelect value={year} onChange={setYear} testId="competition-year-select" ariaLabel="年度" />
        {y && (
          <>
            <span data-testid="competition-year-count" data-count={y.cityCompetitions}>
              <Statistic title="本年度市级竞赛" value={y.cityCompetitions} suffix={`/ ${y.target} 场以上`} />
            </span>
            <Statistic title="距目标尚差" value={y.remaining} suffix="场" />
            {progress && <Tag color={progress.colour}>{progress.text}</Tag>}
            <Typography.Text type="secondary" data-testid="competition-year-clause">
              T12（{y.clause}）：每年举办 {y.target} 场以上市级职业技能竞赛（市级一类、市级二类）
            </Typography.Text>
          </>
        )}
      </Space>
    </Card>
  );
}
