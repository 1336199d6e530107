import { graphql } from '../../gql';

/**
 * The finance workbench's GraphQL: the queue counts, the fact feeds' progress, a queue's page, one entitlement with
 * everything its page shows, and the review steps. The steps answer with the same fields as the page, so Apollo's
 * cache updates the page from the answer itself.
 */

/** How many entitlements wait in each status (county accounts: their county's only). Also the menu's badge. */
export const EntitlementCountsQueryDoc = graphql(`
  query EntitlementCounts {
    entitlementCounts {
      status
      count
    }
  }
`);

export const FactFeedStatusQueryDoc = graphql(`
  query FactFeedStatus {
    factFeedStatus {
      source
      position
      head
      lag
      lastPolledAt
      lastError
    }
  }
`);

export const WorkbenchEntitlementsQueryDoc = graphql(`
  query WorkbenchEntitlements(
    $first: Int!
    $after: String
    $status: EntitlementStatus
    $countyCode: ID
    $ruleId: String
  ) {
    entitlements(first: $first, after: $after, status: $status, countyCode: $countyCode, ruleId: $ruleId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          description
          citation
          year
          amount
          previousAmount
          stacking
          status
          createdAt
          county {
            code
            name
          }
          beneficiaryPerson {
            id
            name
          }
          beneficiaryOrganisation {
            id
            name
          }
          shares {
            payer
            amount
          }
        }
      }
    }
  }
`);

export const EntitlementDetailFieldsDoc = graphql(`
  fragment EntitlementDetailFields on Entitlement {
    id
    description
    citation
    year
    status
    stacking
    amount
    grantAmount
    previousAmount
    maxAmount
    decidedAmount
    rejectedReason
    createdAt
    county {
      code
      name
    }
    beneficiaryPerson {
      id
      name
      employer {
        id
        name
      }
      socialSecurityCardAccount {
        text
      }
    }
    beneficiaryOrganisation {
      id
      name
      basicAccount {
        text
      }
    }
    shares {
      payer
      amount
    }
    explanation {
      clause
      ok
      sentence
    }
    fact {
      id
      kindLabel
      occurredOn
      outcome
      note
      receivedAt
      reasons {
        code
        citation
        text
      }
    }
    history {
      id
      action
      fromStatus
      toStatus
      actorName
      note
      at
    }
  }
`);

export const EntitlementDetailQueryDoc = graphql(`
  query EntitlementDetail($id: ID!) {
    entitlement(id: $id) {
      ...EntitlementDetailFields
    }
  }
`);

export const ReviewEntitlementMutationDoc = graphql(`
  mutation ReviewEntitlement($id: ID!, $note: String, $decidedAmount: Fen) {
    reviewEntitlement(id: $id, note: $note, decidedAmount: $decidedAmount) {
      ...EntitlementDetailFields
    }
  }
`);

export const ApproveEntitlementMutationDoc = graphql(`
  mutation ApproveEntitlement($id: ID!, $note: String) {
    approveEntitlement(id: $id, note: $note) {
      ...EntitlementDetailFields
    }
  }
`);

export const RejectEntitlementMutationDoc = graphql(`
  mutation RejectEntitlement($id: ID!, $reason: String!) {
    rejectEntitlement(id: $id, reason: $reason) {
      ...EntitlementDetailFields
    }
  }
`);
