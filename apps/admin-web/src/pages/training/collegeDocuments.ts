import { graphql } from '../../gql';

export const CraftsmanCollegesQueryDoc = graphql(`
  query CraftsmanColleges($first: Int!, $after: String, $status: CraftsmanCollegeStatus, $search: String, $hostId: ID) {
    craftsmanColleges(first: $first, after: $after, status: $status, search: $search, hostId: $hostId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          status
          foundedOn
          appliedOn
          approvedOn
          host {
            id
            name
          }
        }
      }
    }
  }
`);

export const CraftsmanCollegeTargetQueryDoc = graphql(`
  query CraftsmanCollegeTarget {
    craftsmanCollegeTarget {
      approved
      target
      lower
      upper
      remaining
      from
      dueDate
      status
      clause
      zh
      byYear {
        year
        approved
      }
    }
  }
`);

export const CraftsmanCollegeDetailQueryDoc = graphql(`
  query CraftsmanCollegeDetail($id: ID!) {
    craftsmanCollege(id: $id) {
      id
      name
      status
      foundedOn
      appliedOn
      reviewedBy
      approvedBy
      approvedOn
      statusReason
      host {
        id
        name
        entitlements {
          id
          ruleId
          amount
          status
          description
        }
      }
      history {
        id
        action
        fromStatus
        toStatus
        actorId
        actorName
        note
        at
      }
    }
  }
`);

export const ApplyForCraftsmanCollegeDoc = graphql(`
  mutation ApplyForCraftsmanCollege($input: ApplyForCraftsmanCollegeInput!) {
    applyForCraftsmanCollege(input: $input) {
      id
      status
    }
  }
`);
export const ReviewCraftsmanCollegeDoc = graphql(`
  mutation ReviewCraftsmanCollege($input: CraftsmanCollegeNoteInput!) {
    reviewCraftsmanCollege(input: $input) {
      id
      status
    }
  }
`);
export const RejectCraftsmanCollegeDoc = graphql(`
  mutation RejectCraftsmanCollege($input: CraftsmanCollegeReasonInput!) {
    rejectCraftsmanCollege(input: $input) {
      id
      status
    }
  }
`);
export const ApproveCraftsmanCollegeDoc = graphql(`
  mutation ApproveCraftsmanCollege($input: CraftsmanCollegeNoteInput!) {
    approveCraftsmanCollege(input: $input) {
      id
      status
    }
  }
`);
export const RevokeCraftsmanCollegeDoc = graphql(`
  mutation RevokeCraftsmanCollege($input: CraftsmanCollegeReasonInput!) {
    revokeCraftsmanCollege(input: $input) {
      id
      status
    }
  }
`);
