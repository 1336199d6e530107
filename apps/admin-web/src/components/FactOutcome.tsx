import { Tag } from 'antd';
import type { FactOutcome } from '../gql/graphql';
import { factOutcomeFullLabels, factOutcomeLabels, label } from '../labels';

const outcomeColours: Record<FactOutcome, string> = {
  GRANTED: 'green',
  NOT_ELIGIBLE: 'red',
  NOT_HIGHER: 'default',
  CONFLICT: 'gold',
  FAILED: 'volcano',
  CANCELLED: 'default',
};

/** A fact's outcome as a tag: the short words, the full ones on hover. */
export function OutcomeTag({ outcome }: { outcome: FactOutcome }) {
  return (
    <Tag
      color={outcomeColours[outcome] ?? 'default'}
      title={label(factOutcomeFullLabels, outcome)}
      data-testid="fact-outcome"
    >
      {label(factOutcomeLabels, outcome)}
    </Tag>
  );
}

/** Why a fact earned nothing (or less): the rules' reasons, each with its clause, then finance's own note. */
export function FactReasons({
  fact,
}: {
  fact: {
    outcome: FactOutcome;
    note?: string | null;
    reasons: readonly { code: string; text: string; citation: string }[];
  };
}) {
  if (fact.reasons.length === 0 && !fact.note) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="fact-reasons">
      {fact.reasons.map((r, i) => (
        <li key={`${r.code}-${i}`}>
          {label(factOutcomeLabels, fact.outcome === 'GRANTED' ? 'NOT_ELIGIBLE' : fact.outcome)}：{r.text}（{r.citation}
          ）
        </li>
      ))}
      {fact.note && <li>{fact.note}</li>}
    </ul>
  );
}
