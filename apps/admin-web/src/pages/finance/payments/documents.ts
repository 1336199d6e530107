import { graphql } from '../../../gql';

/**
 * 支付's GraphQL: what is payable per payer, the batches (paged), one batch with its lines, and the steps. A line's
 * step answers with the line; the batch is read again after it (it is settled when no line awaits the bank).
 */

export const PayableSharesQueryDoc = graphql(`
  query PayableShares {
    payableShares {
      payer
      county {
        code
        name
      }
      count
      amount
    }
  }
`);

export const PaymentBatchFieldsDoc = graphql(`
  fragment PaymentBatchFields on PaymentBatch {
    id
    payer
    county {
      code
      name
    }
    total
    lineCount
    status
    createdAt
  }
`);

export const PaymentBatchesQueryDoc = graphql(`
  query PaymentBatches($first: Int!, $after: String, $payer: Payer, $status: PaymentBatchStatus) {
    paymentBatches(first: $first, after: $after, payer: $payer, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PaymentBatchFields
        }
      }
    }
  }
`);

export const PaymentLineFieldsDoc = graphql(`
  fragment PaymentLineFields on PaymentLine {
    id
    payer
    amount
    status
    reference
    paidOn
    returnedReason
    entitlement {
      id
      description
      status
      beneficiaryPerson {
        id
        name
        idNumber
        socialSecurityCardAccount {
          text
        }
      }
      beneficiaryOrganisation {
        id
        name
        creditCode
        basicAccount {
          text
        }
      }
    }
  }
`);

export const PaymentBatchDetailQueryDoc = graphql(`
  query PaymentBatchDetail($id: ID!) {
    paymentBatch(id: $id) {
      ...PaymentBatchFields
      lines {
        ...PaymentLineFields
      }
    }
  }
`);

export const CreatePaymentBatchMutationDoc = graphql(`
  mutation CreatePaymentBatch($input: CreatePaymentBatchInput!) {
    createPaymentBatch(input: $input) {
      ...PaymentBatchFields
    }
  }
`);

export const MarkPaymentLinePaidMutationDoc = graphql(`
  mutation MarkPaymentLinePaid($input: MarkPaymentLinePaidInput!) {
    markPaymentLinePaid(input: $input) {
      ...PaymentLineFields
    }
  }
`);

export const ReturnPaymentLineMutationDoc = graphql(`
  mutation ReturnPaymentLine($input: ReturnPaymentLineInput!) {
    returnPaymentLine(input: $input) {
      ...PaymentLineFields
    }
  }
`);
