import { graphql } from '../../../gql';

/** Enterprises' compliance reports (六, 三(八)): the list (paged), the year's summary, one report, and recording one. */
export const ComplianceReportsQueryDoc = graphql(`
  query ComplianceReports($first: Int!, $after: String, $year: Int, $check: ComplianceCheck, $compliant: Boolean) {
    complianceReports(first: $first, after: $after, year: $year, check: $check, compliant: $compliant) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ComplianceReportFields
        }
      }
    }
  }
`);

export const ComplianceReportFieldsDoc = graphql(`
  fragment ComplianceReportFields on ComplianceReport {
    id
    check
    year
    clause
    stateOwned
    applicable
    compliant
    conclusion
    fundsUsedFen
    frontlineFen
    highSkilledPreviousAvgFen
    highSkilledCurrentAvgFen
    managersPreviousAvgFen
    managersCurrentAvgFen
    enterprise {
      id
      name
    }
  }
`);

export const ComplianceSummaryQueryDoc = graphql(`
  query ComplianceSummary($year: Int!) {
    complianceSummary(year: $year) {
      check
      reported
      compliant
      notCompliant
      notApplicable
    }
  }
`);

export const ComplianceReportDetailQueryDoc = graphql(`
  query ComplianceReportDetail($id: ID!) {
    complianceReport(id: $id) {
      ...ComplianceReportFields
      recordedBy
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

export const ReportComplianceDoc = graphql(`
  mutation ReportCompliance($input: ReportComplianceInput!) {
    reportCompliance(input: $input) {
      ...ComplianceReportFields
      recordedBy
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
