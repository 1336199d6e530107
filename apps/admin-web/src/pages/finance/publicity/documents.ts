import { graphql } from '../../../gql';

/**
 * 公示's GraphQL: the batches (paged), one batch with its list, the window settings, and the steps. The steps answer
 * with the batch's fields, so Apollo updates the page from the answer; an objection's answer does not carry its
 * line, so the batch is read again after one.
 */

export const PublicityBatchFieldsDoc = graphql(`
  fragment PublicityBatchFields on PublicityBatch {
    id
    title
    status
    startsOn
    endsOn
    closableFrom
    windowDays
    lineCount
    createdAt
    closedAt
  }
`);

export const PublicityBatchesQueryDoc = graphql(`
  query PublicityBatches($first: Int!, $after: String, $status: PublicityStatus) {
    publicityBatches(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PublicityBatchFields
        }
      }
    }
  }
`);

export const PublicityWindowSettingsQueryDoc = graphql(`
  query PublicityWindowSettings {
    publicityWindowSettings {
      defaultDays
      minDays
      maxDays
    }
  }
`);

export const PublicityBatchDetailQueryDoc = graphql(`
  query PublicityBatchDetail($id: ID!) {
    publicityBatch(id: $id) {
      ...PublicityBatchFields
      lines {
        id
        amount
        description
        citation
        county {
          code
          name
        }
        beneficiaryPerson {
          id
          name
          idNumber
        }
        beneficiaryOrganisation {
          id
          name
          creditCode
        }
        entitlement {
          id
          status
        }
        objections {
          id
          text
          status
          recordedAt
          resolvedAt
          resolution
        }
      }
    }
  }
`);

export const CreatePublicityBatchMutationDoc = graphql(`
  mutation CreatePublicityBatch($input: CreatePublicityBatchInput!) {
    createPublicityBatch(input: $input) {
      ...PublicityBatchFields
    }
  }
`);

export const ClosePublicityBatchMutationDoc = graphql(`
  mutation ClosePublicityBatch($id: ID!) {
    closePublicityBatch(id: $id) {
      ...PublicityBatchFields
      lines {
        id
        entitlement {
          id
          status
        }
      }
    }
  }
`);

export const RecordObjectionMutationDoc = graphql(`
  mutation RecordObjection($input: RecordObjectionInput!) {
    recordObjection(input: $input) {
      id
      status
    }
  }
`);

export const ResolveObjectionMutationDoc = graphql(`
  mutation ResolveObjection($input: ResolveObjectionInput!) {
    resolveObjection(input: $input) {
      id
      status
      resolution
      resolvedAt
    }
  }
`);
