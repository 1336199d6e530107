import { graphql } from '../../../gql';

export const GraduateHiresQueryDoc = graphql(`
  query GraduateHires(
    $first: Int!
    $after: String
    $year: Int
    $employerId: ID
    $programme: GraduateClass
    $status: GraduateHireStatus
  ) {
    graduateHires(
      first: $first
      after: $after
      year: $year
      employerId: $employerId
      programme: $programme
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
          programme
          status
          graduatedOn
          hiredOn
          fullTimeContract
          graduate {
            id
            name
          }
          employer {
            id
            name
            climbing
          }
          school {
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

export const GraduateHireDetailQueryDoc = graphql(`
  query GraduateHireDetail($id: ID!) {
    graduateHire(id: $id) {
      id
      programme
      academicEquivalent
      status
      statusReason
      fullTimeProgramme
      graduatedOn
      hiredOn
      fullTimeContract
      recordedBy
      maxYears
      graduate {
        id
        name
      }
      employer {
        id
        name
        climbing
        entitlements {
          id
          ruleId
          amount
          status
          description
        }
      }
      school {
        id
        name
      }
      years {
        id
        yearNumber
        insuredFrom
        insuredTo
        evidence
        status
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

export const RecordGraduateHireDoc = graphql(`
  mutation RecordGraduateHire($input: RecordGraduateHireInput!) {
    recordGraduateHire(input: $input) {
      id
    }
  }
`);

export const RecordGraduateInsuredYearDoc = graphql(`
  mutation RecordGraduateInsuredYear($input: RecordGraduateInsuredYearInput!) {
    recordGraduateInsuredYear(input: $input) {
      id
    }
  }
`);

export const ConfirmGraduateInsuredYearDoc = graphql(`
  mutation ConfirmGraduateInsuredYear($input: ConfirmGraduateInsuredYearInput!) {
    confirmGraduateInsuredYear(input: $input) {
      id
    }
  }
`);

export const RevokeGraduateHireDoc = graphql(`
  mutation RevokeGraduateHire($input: RevokeGraduateHireInput!) {
    revokeGraduateHire(input: $input) {
      id
    }
  }
`);
