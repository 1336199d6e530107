import { graphql } from '../../gql';

/** 报表与对账's GraphQL: totals of the entitlements computed in a date range, and a budget year's reconciliation. */
export const EntitlementReportRowFieldsDoc = graphql(`
  fragment EntitlementReportRowFields on EntitlementReportRow {
    key
    label
    count
    amount
    committed
    paid
    rejected
  }
`);

export const EntitlementReportQueryDoc = graphql(`
  query EntitlementReport($from: Date!, $to: Date!, $groupBy: ReportGrouping!) {
    entitlementReport(from: $from, to: $to, groupBy: $groupBy) {
      from
      to
      groupBy
      rows {
        ...EntitlementReportRowFields
      }
      total {
        ...EntitlementReportRowFields
      }
    }
  }
`);

export const ReconciliationQueryDoc = graphql(`
  query Reconciliation($year: Int!) {
    reconciliation(year: $year) {
      year
      clean
      totals {
        payer
        county {
          code
          name
        }
        committed
        awaitingPublicity
        inPublicity
        payable
        inBatch
        paid
        difference
      }
      differences {
        kind
        kindLabel
        message
        payer
        county {
          code
          name
        }
        entitlementId
        batchId
        lineId
        expected
        actual
      }
    }
  }
`);
