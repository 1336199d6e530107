import { graphql } from '../../../gql';

export const OrderClassHiringReportsQueryDoc = graphql(`
  query OrderClassHiringReports(
    $first: Int!
    $after: String
    $year: Int
    $countyCode: ID
    $enterpriseId: ID
    $status: OrderClassReportStatus
  ) {
    orderClassHiringReports(
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
          year
          status
          keyEnterpriseOrProject
          keyEvidence
          hireCount
          county {
            code
            name
          }
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

export const OrderClassHiringReportDetailQueryDoc = graphql(`
  query OrderClassHiringReportDetail($id: ID!) {
    orderClassHiringReport(id: $id) {
      id
      year
      status
      statusReason
      countyCode
      keyEnterpriseOrProject
      keyEvidence
      recordedBy
      confirmedBy
      hireCount
      minContractYears
      county {
        code
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
      hires {
        id
        hireDate
        fullTime
        programme
        fullTimeProgramme
        contractYears
        person {
          id
          name
        }
        agreement {
          id
          className
          cityCollege
        }
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

export const OrderClassAgreementsQueryDoc = graphql(`
  query OrderClassAgreements($first: Int!, $after: String, $countyCode: ID, $enterpriseId: ID, $collegeId: ID) {
    orderClassAgreements(
      first: $first
      after: $after
      countyCode: $countyCode
      enterpriseId: $enterpriseId
      collegeId: $collegeId
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
          className
          programme
          contractYears
          startedOn
          cityCollege
          county {
            code
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
        }
      }
    }
  }
`);

export const RecordOrderClassAgreementDoc = graphql(`
  mutation RecordOrderClassAgreement($input: RecordOrderClassAgreementInput!) {
    recordOrderClassAgreement(input: $input) {
      id
    }
  }
`);

export const SubmitOrderClassHiringReportDoc = graphql(`
  mutation SubmitOrderClassHiringReport($input: SubmitOrderClassHiringReportInput!) {
    submitOrderClassHiringReport(input: $input) {
      id
    }
  }
`);

export const CorrectOrderClassHiringReportDoc = graphql(`
  mutation CorrectOrderClassHiringReport($input: CorrectOrderClassHiringReportInput!) {
    correctOrderClassHiringReport(input: $input) {
      id
    }
  }
`);

export const ConfirmOrderClassHiringReportDoc = graphql(`
  mutation ConfirmOrderClassHiringReport($input: ConfirmOrderClassHiringReportInput!) {
    confirmOrderClassHiringReport(input: $input) {
      id
    }
  }
`);

export const RevokeOrderClassHiringReportDoc = graphql(`
  mutation RevokeOrderClassHiringReport($input: RevokeOrderClassHiringReportInput!) {
    revokeOrderClassHiringReport(input: $input) {
      id
    }
  }
`);
