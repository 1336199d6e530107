import { graphql } from '../../../gql';

/** 二(四) R4: pilot enterprises' investment per tax year (the list, one record, recording and correcting). */
export const EducationInvestmentsQueryDoc = graphql(`
  query EducationInvestments(
    $first: Int!
    $after: String
    $taxYear: Int
    $pilotEnterprise: Boolean
    $enterpriseId: ID
  ) {
    educationInvestments(
      first: $first
      after: $after
      taxYear: $taxYear
      pilotEnterprise: $pilotEnterprise
      enterpriseId: $enterpriseId
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EducationInvestmentFields
        }
      }
    }
  }
`);

export const EducationInvestmentFieldsDoc = graphql(`
  fragment EducationInvestmentFields on EducationInvestment {
    id
    taxYear
    pilotEnterprise
    documentNo
    documentDate
    investmentFen
    surchargeDueFen
    clause
    updatedAt
    enterprise {
      id
      name
    }
  }
`);

export const EducationInvestmentDetailQueryDoc = graphql(`
  query EducationInvestmentDetail($id: ID!) {
    educationInvestment(id: $id) {
      ...EducationInvestmentFields
      recordedBy
      history {
        id
        at
        action
        actorName
        note
      }
      enterprise {
        id
        taxCreditLedger {
          ...TaxCreditLedgerLineFields
        }
      }
    }
  }
`);

export const TaxCreditLedgerLineFieldsDoc = graphql(`
  fragment TaxCreditLedgerLineFields on TaxCreditLedgerLine {
    id
    taxYear
    pilotEnterprise
    investmentFen
    surchargeDueFen
    carriedInFen
    earnedFen
    usedFen
    carriedForwardFen
    conclusion
    entitlement {
      id
      status
    }
  }
`);

export const TaxCreditLedgerQueryDoc = graphql(`
  query TaxCreditLedger($enterpriseId: ID!) {
    taxCreditLedger(enterpriseId: $enterpriseId) {
      ...TaxCreditLedgerLineFields
    }
  }
`);

export const RecordEducationInvestmentDoc = graphql(`
  mutation RecordEducationInvestment($input: RecordEducationInvestmentInput!) {
    recordEducationInvestment(input: $input) {
      ...EducationInvestmentFields
    }
  }
`);

export const CorrectEducationInvestmentDoc = graphql(`
  mutation CorrectEducationInvestment($input: CorrectEducationInvestmentInput!) {
    correctEducationInvestment(input: $input) {
      ...EducationInvestmentFields
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
