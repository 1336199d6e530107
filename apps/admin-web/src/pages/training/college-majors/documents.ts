import { graphql } from '../../../gql';

export const CollegeMajorsQueryDoc = graphql(`
  query CollegeMajors(
    $first: Int!
    $after: String
    $year: Int
    $collegeId: ID
    $kind: CollegeMajorKind
    $status: CollegeMajorStatus
  ) {
    collegeMajors(first: $first, after: $after, year: $year, collegeId: $collegeId, kind: $kind, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          name
          level
          documentNo
          documentDate
          status
          college {
            id
            name
          }
        }
      }
    }
  }
`);

export const CollegeMajorDetailQueryDoc = graphql(`
  query CollegeMajorDetail($id: ID!) {
    collegeMajor(id: $id) {
      id
      kind
      name
      level
      documentNo
      documentDate
      status
      statusReason
      recordedBy
      approvedBy
      college {
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
        at
        action
        actorName
        note
      }
    }
  }
`);

export const RecordCollegeMajorDoc = graphql(`
  mutation RecordCollegeMajor($input: RecordCollegeMajorInput!) {
    recordCollegeMajor(input: $input) {
      id
    }
  }
`);

export const ApproveCollegeMajorDoc = graphql(`
  mutation ApproveCollegeMajor($input: ApproveCollegeMajorInput!) {
    approveCollegeMajor(input: $input) {
      id
      status
    }
  }
`);

export const RevokeCollegeMajorDoc = graphql(`
  mutation RevokeCollegeMajor($input: RevokeCollegeMajorInput!) {
    revokeCollegeMajor(input: $input) {
      id
      status
    }
  }
`);
