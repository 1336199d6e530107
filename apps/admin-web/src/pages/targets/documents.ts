import { graphql } from '../../gql';

/**
 * The targets dashboard's one request: every subgraph that counts a target (T1–T15 of the policy) answers for the
 * year with the kit's shared TargetProgress, so the gateway gathers them in one round trip.
 */
export const TargetFieldsDoc = graphql(`
  fragment TargetFields on TargetProgress {
    id
    year
    county
    assessment {
      status
      note
      assessedOn
      assessedBy
    }
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
      achievedPercent
      denominator
      denominatorNote
      status
      monthly {
        month
        achieved
      }
    }
  }
`);

export const TargetsDashboardQueryDoc = graphql(`
  query TargetsDashboard($year: Int!, $county: String) {
    evaluationTargets(year: $year, county: $county) {
      ...TargetFields
    }
    trainingTargets(year: $year, county: $county) {
      ...TargetFields
    }
    competitionsTargets(year: $year, county: $county) {
      ...TargetFields
    }
    awardsTargets(year: $year, county: $county) {
      ...TargetFields
    }
  }
`);

/** T1's denominators as HRSS recorded them for the year (every correction kept, newest first). */
export const EmployedPopulationsDoc = graphql(`
  query EmployedPopulations($year: Int) {
    employedPopulations(year: $year) {
      id
      year
      countyCode
      place
      value
      source
      publishedOn
      recordedBy
      recordedAt
    }
  }
`);

export const RecordEmployedPopulationDoc = graphql(`
  mutation RecordEmployedPopulation($input: RecordEmployedPopulationInput!) {
    recordEmployedPopulation(input: $input) {
      id
    }
  }
`);

export const AssessTargetDoc = graphql(`
  mutation AssessTarget($input: AssessTargetInput!) {
    assessTarget(input: $input)
  }
`);
