import { graphql } from '../../gql';

/**
 * The targets dashboard's one request: every subgraph that counts a target (T1–T15 of the policy) answers for the
 * year with the kit's shared TargetProgress, so the gateway gathers them in one round trip.
 */
export const TargetFieldsDoc = graphql(`
  fragment TargetFields on TargetProgress {
    id
    year
    clause
    citation
    text
    summary
    dueDate
    status
    components {
      key
      label
      comparator
      quota
      target
      lower
      upper
      achieved
      status
      monthly {
        month
        achieved
      }
    }
  }
`);

export const TargetsDashboardQueryDoc = graphql(`
  query TargetsDashboard($year: Int!) {
    evaluationTargets(year: $year) {
      ...TargetFields
    }
    trainingTargets(year: $year) {
      ...TargetFields
    }
    competitionsTargets(year: $year) {
      ...TargetFields
    }
    awardsTargets(year: $year) {
      ...TargetFields
    }
  }
`);
