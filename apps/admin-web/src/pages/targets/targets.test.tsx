import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { ACCOUNTS, renderPage } from '../../test/render';
import { TargetsDashboardQueryDoc } from './documents';
import { TargetsDashboardPage } from './TargetsDashboardPage';
import {
  achievedWords,
  exportColumns,
  exportRows,
  shareOfCity,
  targetLines,
  targetWords,
  type TargetView,
} from './targetRows';
import { EmployedPopulationsDoc } from './documents';

const months = (year: number, values: (number | null)[]) =>
  values.map((achieved, i) => ({
    __typename: 'TargetMonth',
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    achieved,
  }));

function t12(year: number): TargetView & { __typename: string } {
  return {
    __typename: 'TargetProgress',
    id: 'T12',
    year,
    clause: '四(十三)',
    citation: '济人社发〔2024〕9号 第四部分（十三）',
    text: '每年举办１００场以上市级职业技能竞赛',
    summary: 'T12 每年举办１００场以上市级职业技能竞赛（截至2025-12-31）：市级职业技能竞赛场次4/100，未完成。',
    dueDate: `${year}-12-31`,
    status: 'NOT_MET',
    components: [
      {
        __typename: 'TargetComponentProgress',
        key: 'competitions',
        label: '市级职业技能竞赛场次',
        comparator: 'AT_LEAST',
        quota: false,
        target: 100,
        lower: 100,
        upper: null,
        achieved: 4,
        status: 'NOT_MET',
        monthly: months(year, [0, 0, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4]),
      } as TargetView['components'][number],
    ],
  };
}

describe('targetLines', () => {
  it('lists T1–T15 in order: counted ones as reported, the others with their words and clause', () => {
    const lines = targetLines([t12(2025)]);
    expect(lines.map((l) => l.id)).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'T9',
      'T10',
      'T11',
      'T12',
      'T13',
      'T14',
      'T15',
    ]);
    const t1 = lines[0]!;
    expect(t1).toMatchObject({ counted: false, citation: '济人社发〔2024〕9号 第一部分' });
    expect(t1.text).toContain('３０％');
    expect(lines[11]).toMatchObject({ counted: true, id: 'T12' });
  });

  it('says a target in words: 不少于, 左右 with its band, a quota’s ceiling', () => {
    const c = t12(2025).components[0]!;
    expect(targetWords(c)).toBe('不少于 100');
    expect(targetWords({ ...c, comparator: 'ABOUT', target: 10, lower: 9, upper: 11 })).toBe('10 左右（9—11）');
    expect(targetWords({ ...c, comparator: 'EXACTLY', target: 20, lower: 20, upper: 20 })).toBe('20（至多 20）');
  });

  it('exports one row per component, and one saying 平台尚未统计 for a target not counted', () => {
    const rows = exportRows(targetLines([t12(2025)]));
    expect(rows).toHaveLength(15);
    const r12 = rows.find((r) => r.id === 'T12')!;
    expect(r12).toMatchObject({ achieved: 4, status: '未达成', target: '不少于 100', dueDate: '2025-12-31' });
    const cols = exportColumns(2025);
    expect(cols.map((c) => c.header).slice(0, 9)).toEqual([
      '目标',
      '条款',
      '目标原文',
      '指标',
      '目标数',
      '完成数',
      '进度',
      '考核截止',
      '2025年1月末',
    ]);
    expect(cols[8]!.value(r12)).toBe(0);
    expect(cols[19]!.value(r12)).toBe(4);
    expect(rows.find((r) => r.id === 'T1')!.status).toBe('平台尚未统计');
  });
});

function t1(year: number, skilled: number, employed: number | null): TargetView & { __typename: string } {
  return {
    ...t12(year),
    id: 'T1',
    clause: '一',
    status: employed ? 'IN_PROGRESS' : 'NO_STATISTIC',
    components: [
      {
        ...t12(year).components[0]!,
        key: 'skilledShare',
        label: '技能人才占比（％）',
        comparator: 'MORE_THAN',
        target: 30,
        lower: 30,
        achieved: skilled,
        achievedPercent: employed ? ((skilled / employed) * 100).toFixed(2) : null,
        denominator: employed,
        denominatorNote: employed ? `全市${year}年就业人员 ${employed} 人` : null,
        status: employed ? 'IN_PROGRESS' : 'NO_STATISTIC',
      },
    ],
  };
}

function t3(year: number): TargetView & { __typename: string } {
  return {
    ...t12(year),
    id: 'T3',
    clause: '一',
    status: 'QUALITATIVE',
    components: [],
    assessment: { status: 'ON_TRACK', note: '结构基本匹配', assessedOn: `${year}-11-30`, assessedBy: '人社局' },
  };
}

describe('ratios, qualitative targets and a county’s contribution', () => {
  it('says T1 as a percentage with its parts, or that the employed population is missing', () => {
    expect(achievedWords(t1(2025, 300, 1000).components[0]!)).toBe('30.00％（300 / 1000）');
    expect(achievedWords(t1(2025, 300, null).components[0]!)).toBe('300（缺就业人员数）');
    expect(targetWords(t1(2025, 300, 1000).components[0]!)).toBe('超过 30％');
  });

  it('gives a county’s share of the city’s figure, and exports it with the county and T3’s standing', () => {
    expect(shareOfCity(1, 4)).toBe('25.0％');
    expect(shareOfCity(0, 0)).toBe('—');
    const county = { ...t12(2025), components: [{ ...t12(2025).components[0]!, achieved: 1 }] };
    const lines = targetLines([t12(2025), t3(2025)], [county]);
    const rows = exportRows(lines, '任城区');
    expect(rows.find((r) => r.id === 'T12')).toMatchObject({
      county: '任城区',
      countyAchieved: 1,
      countyShare: '25.0％',
    });
    expect(rows.find((r) => r.id === 'T3')!.achievedText).toBe('进展顺利：结构基本匹配');
    const headers = exportColumns(2025, '任城区').map((c) => c.header);
    expect(headers.slice(-4)).toEqual(['完成情况', '县（市、区）', '本县完成数', '占全市']);
  });
});

describe('TargetsDashboardPage', () => {
  it('shows each target’s figure and progress, and the targets not counted yet as such', async () => {
    const year = 2025;
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: TargetsDashboardQueryDoc, variables: { year } },
        result: {
          data: {
            evaluationTargets: [t1(year, 300, 1000), t3(year)],
            trainingTargets: [],
            competitionsTargets: [t12(year)],
            awardsTargets: [],
          },
        },
      },
      {
        request: { query: EmployedPopulationsDoc, variables: { year } },
        result: { data: { employedPopulations: [] } },
      },
    ];
    renderPage(<TargetsDashboardPage />, {
      account: ACCOUNTS.hrss,
      mocks,
      url: `/targets?year=${year}`,
      path: '/targets',
    });
    await waitFor(() =>
      expect(screen.getByTestId('target-figure-T12-competitions').textContent).toBe('4 / 不少于 100'),
    );
    expect(screen.getAllByTestId('target-not-counted')).toHaveLength(12);
    expect(screen.getByTestId('target-figure-T1-skilledShare').textContent).toContain('30.00％（300 / 1000）');
    expect(screen.getByTestId('target-assessment-T3').textContent).toContain('进展顺利');
    // HRSS records the year's statistics here.
    expect(screen.getByTestId('employed-record')).toBeTruthy();
    expect(screen.getByTestId('target-card-T12').textContent).toContain('未达成');
    expect(document.title).toContain('政策目标进度');
  });
});

describe('the cache keeps the city’s and a county’s targets apart', () => {
  it('a county’s answer does not overwrite the city’s T12 (same id, other figures)', async () => {
    const { createCache } = await import('../../apollo/client');
    const cache = createCache();
    const answer = (achieved: number) => ({
      evaluationTargets: [],
      trainingTargets: [],
      competitionsTargets: [
        {
          ...t12(2026),
          county: null,
          assessment: null,
          components: [
            {
              ...t12(2026).components[0]!,
              achieved,
              achievedPercent: null,
              denominator: null,
              denominatorNote: null,
            },
          ],
        },
      ],
      awardsTargets: [],
    });
    cache.writeQuery({ query: TargetsDashboardQueryDoc, variables: { year: 2026 }, data: answer(13) as never });
    cache.writeQuery({
      query: TargetsDashboardQueryDoc,
      variables: { year: 2026, county: '370811' },
      data: answer(2) as never,
    });
    const city = cache.readQuery({ query: TargetsDashboardQueryDoc, variables: { year: 2026 } });
    expect(city!.competitionsTargets[0]!.components[0]!.achieved).toBe(13);
  });
});
