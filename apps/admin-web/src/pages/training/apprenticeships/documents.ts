import { graphql } from '../../../gql';

export const ApprenticeshipsQueryDoc = graphql(`
  query Apprenticeships(
    $first: Int!
    $after: String
    $year: Int
    $countyCode: ID
    $enterpriseId: ID
    $status: ApprenticeshipStatus
  ) {
    apprenticeships(
      first: $first
      after: $after
      year: $year
      countyCode: $countyCode
      enterpriseId: $enterpriseId
      status: $status
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          trade
          startedOn
          endsOn
          newType
          county {
            code
            name
          }
          apprentice {
            id
            name
          }
          enterprise {
            id
            name
          }
          college {
            id
            name
          }
          years {
            id
            yearNumber
            status
          }
        }
      }
    }
  }
`);

export const ApprenticeshipDetailQueryDoc = graphql(`
  query ApprenticeshipDetail($id: ID!) {
    apprenticeship(id: $id) {
      id
      status
      statusReason
      trade
      startedOn
      endsOn
      newType
      recordedBy
      maxYears
      countyCode
      county {
        code
        name
      }
      apprentice {
        id
        name
      }
      enterprise {
        id
        name
        entitlements {
          id
          ruleId
          amount
          status
          description
          shares {
            payer
            amount
          }
          county {
            code
            name
          }
        }
      }
      college {
        id
        name
      }
      years {
        id
        yearNumber
        yearFrom
        yearTo
        evidence
        status
        rateFen
        recordedBy
        confirmedBy
      }
      history {
        id
        at
        action
        actorName
        note
      }
    }
  }
`);

export const ApprenticeTargetQueryDoc = graphql(`
  query ApprenticeTarget($year: Int) {
    apprenticeTarget(year: $year) {
      year
      apprentices
      target
      dueDate
      status
      clause
      zh
      byCounty {
        countyCode
        apprentices
        county {
          code
          name
        }
      }
    }
  }
`);

export const ApprenticeshipRatesQueryDoc = graphql(`
  query ApprenticeshipRates($countyCode: ID) {
    apprenticeshipRates(countyCode: $countyCode) {
      id
      countyCode
      county {
        code
        name
      }
      effectiveFrom
      rateFen
      note
      setByName
      setAt
    }
    apprenticeshipRateRange {
      minFen
      maxFen
      clause
    }
  }
`);

export const SetApprenticeshipRateDoc = graphql(`
  mutation SetApprenticeshipRate($input: SetApprenticeshipRateInput!) {
    setApprenticeshipRate(input: $input) {
      id
    }
  }
`);

export const RecordApprenticeshipDoc = graphql(`
  mutation RecordApprenticeship($input: RecordApprenticeshipInput!) {
    recordApprenticeship(input: $input) {
      id
    }
  }
`);

export const RecordApprenticeshipYearDoc = graphql(`
  mutation RecordApprenticeshipYear($input: RecordApprenticeshipYearInput!) {
    recordApprenticeshipYear(input: $input) {
      id
    }
  }
`);

export const ConfirmApprenticeshipYearDoc = graphql(`
  mutation ConfirmApprenticeshipYear($input: ConfirmApprenticeshipYearInput!) {
    confirmApprenticeshipYear(input: $input) {
      id
    }
  }
`);

export const RevokeApprenticeshipDoc = graphql(`
  mutation RevokeApprenticeship($input: RevokeApprenticeshipInput!) {
    revokeApprenticeship(input: $input) {
      id
    }
  }
`);
