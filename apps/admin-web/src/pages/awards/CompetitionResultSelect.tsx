import { Select } from 'antd';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { competitionTierLabels, label, medalLabels } from '../../labels';

export const PersonCompetitionResultsDoc = graphql(`
  query PersonCompetitionResults($id: ID!) {
    person(id: $id) {
      id
      competitionResults {
        id
        rank
        medal
        competition {
          id
          name
          year
          tier
        }
      }
    }
  }
`);

interface Props {
  /** The nominee: only their own results are offered (awards refuses anyone else's). */
  personId?: string;
  value?: string;
  onChange?(id: string | undefined): void;
  testId?: string;
  id?: string;
}

/**
 * Picks the competition result a nomination rests on from the nominee's own results, each shown with its
 * competition, year, tier and placing. The server takes the tier from the result it names, so the form asks for no
 * tier; a result whose tier the kind does not accept is refused on this field in Chinese.
 */
export function CompetitionResultSelect({ personId, value, onChange, testId, id }: Props) {
  const { data, loading } = useQuery(PersonCompetitionResultsDoc, {
    variables: { id: personId ?? '' },
    skip: !personId,
  });
  const results = data?.person?.competitionResults ?? [];
  return (
    <Select
      id={id}
      allowClear
      placeholder={personId ? '请选择被提名人员的竞赛成绩' : '请先选择被提名人员'}
      aria-label="所依据的竞赛获奖成绩"
      disabled={!personId}
      loading={loading}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      notFoundContent={loading ? '读取中…' : '该人员没有竞赛成绩'}
      data-testid={testId}
      options={results.map((r) => ({
        value: r.id,
        label:
          `${r.competition.year}年 ${r.competition.name}（${label(competitionTierLabels, r.competition.tier)}）` +
          (r.medal ? ` · ${label(medalLabels, r.medal)}` : '') +
          (r.rank ? ` · 第${r.rank}名` : ''),
      }))}
    />
  );
}
