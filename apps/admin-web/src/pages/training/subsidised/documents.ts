import { graphql } from '../../../gql';

export const TrainingCatalogueQueryDoc = graphql(`
  query TrainingCatalogue($code: String, $programme: TrainingProgramme, $on: Date) {
    trainingCatalogueLines(code: $code, programme: $programme, on: $on) {
      id
      code
      nameZh
      programme
      level
      amountFen
      split {
        payer
        parts
      }
      validFrom
      validUntil
      requiresCertificate
      source
      supersedesId
      createdByName
      createdAt
    }
  }
`);

export const CreateTrainingCatalogueLineDoc = graphql(`
  mutation CreateTrainingCatalogueLine($input: CreateTrainingCatalogueLineInput!) {
    createTrainingCatalogueLine(input: $input) {
      id
      code
    }
  }
`);

export const SupersedeTrainingCatalogueLineDoc = graphql(`
  mutation SupersedeTrainingCatalogueLine($input: SupersedeTrainingCatalogueLineInput!) {
    supersedeTrainingCatalogueLine(input: $input) {
      id
      code
    }
  }
`);

export const TrainingClassesQueryDoc = graphql(`
  query TrainingClasses(
    $first: Int!
    $after: String
    $year: Int
    $countyCode: ID
    $providerId: ID
    $catalogueCode: String
    $programme: TrainingProgramme
  ) {
    trainingClasses(
      first: $first
      after: $after
      year: $year
      countyCode: $countyCode
      providerId: $providerId
      catalogueCode: $catalogueCode
      programme: $programme
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
          name
          catalogueCode
          programme
          startsOn
          endsOn
          completionCount
          county {
            code
            name
          }
          provider {
            id
            name
          }
          line {
            id
            nameZh
            amountFen
          }
        }
      }
    }
  }
`);

export const TrainingClassDetailQueryDoc = graphql(`
  query TrainingClassDetail($id: ID!) {
    trainingClass(id: $id) {
      id
      name
      catalogueCode
      programme
      startsOn
      endsOn
      countyCode
      completionCount
      county {
        code
        name
      }
      provider {
        id
        name
      }
      line {
        id
        nameZh
        level
        amountFen
        requiresCertificate
        source
        split {
          payer
          parts
        }
      }
      completions {
        id
        completedOn
        ageOnCompletion
        wantsEmployment
        certificateObtained
        reachedRetirementAge
        amountFen
        revoked
        revokeReason
        person {
          id
          name
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

export const TrainingClassFactsQueryDoc = graphql(`
  query TrainingClassFacts($id: ID!) {
    trainingClass(id: $id) {
      id
      completions {
        id
        person {
          id
          entitlements {
            id
            ruleId
            amount
            status
          }
          factDecisions {
            id
            kind
            outcome
            reasons {
              code
              text
            }
          }
        }
      }
    }
  }
`);

export const CreateTrainingClassDoc = graphql(`
  mutation CreateTrainingClass($input: CreateTrainingClassInput!) {
    createTrainingClass(input: $input) {
      id
    }
  }
`);

export const ImportTrainingRosterDoc = graphql(`
  mutation ImportTrainingRoster($input: ImportTrainingRosterInput!) {
    importTrainingRoster(input: $input) {
      written
      rowCount
      errorCount
      rows {
        index
        errors {
          code
          field
          message
        }
      }
    }
  }
`);

export const RevokeTrainingCompletionDoc = graphql(`
  mutation RevokeTrainingCompletion($input: RevokeTrainingCompletionInput!) {
    revokeTrainingCompletion(input: $input) {
      id
      revoked
      revokeReason
    }
  }
`);
