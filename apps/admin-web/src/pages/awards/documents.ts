import { graphql } from '../../gql';

/**
 * Honours' GraphQL: the list (paged), one honour with its scores, objections and history, the publicity list, the
 * year view, and the steps. Every step answers with the honour's detail fields, so Apollo updates the page from the
 * answer.
 */

export const HonourDetailFieldsDoc = graphql(`
  fragment HonourDetailFields on Honour {
    id
    kind
    year
    status
    citation
    certificateNo
    reason
    nominatedBy
    decidedBy
    decidedAt
    competitionResultId
    competitionTier
    attestedBy
    attestation
    publicityStartsOn
    publicityEndsOn
    averageScore
    openObjections
    availableSteps
    proposingOrganisation {
      id
      name
    }
    person {
      id
      name
    }
    scores {
      id
      expertName
      score
      comment
      enteredByName
      enteredAt
    }
    objections {
      id
      text
      status
      recordedAt
      finding
      resolvedAt
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

export const HonoursQueryDoc = graphql(`
  query Honours($first: Int!, $after: String, $kind: HonourKind, $year: Int, $status: HonourStatus) {
    honours(first: $first, after: $after, kind: $kind, year: $year, status: $status) {
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
          year
          status
          citation
          certificateNo
          averageScore
          publicityEndsOn
          person {
            id
            name
          }
        }
      }
    }
  }
`);

export const HonourDetailQueryDoc = graphql(`
  query HonourDetail($id: ID!) {
    honour(id: $id) {
      ...HonourDetailFields
    }
  }
`);

export const HonourPublicityQueryDoc = graphql(`
  query HonourPublicity($year: Int, $kind: HonourKind) {
    honourPublicity(year: $year, kind: $kind) {
      id
      kind
      year
      status
      citation
      averageScore
      publicityStartsOn
      publicityEndsOn
      openObjections
      proposingOrganisation {
        id
        name
      }
      person {
        id
        name
        idNumber
      }
    }
  }
`);

export const ReviewedHonoursQueryDoc = graphql(`
  query ReviewedHonours($year: Int) {
    honours(first: 100, year: $year, status: REVIEWED) {
      totalCount
      edges {
        node {
          id
          kind
          year
          averageScore
          person {
            id
            name
          }
        }
      }
    }
  }
`);

export const HonourYearQueryDoc = graphql(`
  query HonourYear($year: Int!) {
    honourYear(year: $year) {
      year
      quotas {
        id
        target
        clause
        kinds
        quota
        ceiling
        used
        remaining
        zh
      }
      targets {
        id
        clause
        dueDate
        status
        zh
        components {
          key
          zh
          target
          lower
          upper
          achieved
          status
        }
      }
      approved {
        kind
        count
      }
    }
  }
`);

export const NominateHonourMutationDoc = graphql(`
  mutation NominateHonour($input: NominateHonourInput!) {
    nominateHonour(input: $input) {
      ...HonourDetailFields
    }
  }
`);

export const ScoreHonourMutationDoc = graphql(`
  mutation ScoreHonour($input: ScoreHonourInput!) {
    scoreHonour(input: $input) {
      ...HonourDetailFields
    }
  }
`);

export const PublishHonoursMutationDoc = graphql(`
  mutation PublishHonours($input: PublishHonoursInput!) {
    publishHonours(input: $input) {
      ...HonourDetailFields
    }
  }
`);

export const RecordHonourObjectionMutationDoc = graphql(`
  mutation RecordHonourObjection($input: RecordHonourObjectionInput!) {
    recordHonourObjection(input: $input) {
      ...HonourDetailFields
    }
  }
`);

export const ResolveHonourObjectionMutationDoc = graphql(`
  mutation ResolveHonourObjection($input: ResolveHonourObjectionInput!) {
    resolveHonourObjection(input: $input) {
      ...HonourDetailFields
    }
  }
`);

export const ApproveHonourMutationDoc = graphql(`
  mutation ApproveHonour($id: ID!) {
    approveHonour(id: $id) {
      ...HonourDetailFields
    }
  }
`);

export const RejectHonourMutationDoc = graphql(`
  mutation RejectHonour($id: ID!, $reason: String!) {
    rejectHonour(id: $id, reason: $reason) {
      ...HonourDetailFields
    }
  }
`);

export const RevokeHonourMutationDoc = graphql(`
  mutation RevokeHonour($id: ID!, $reason: String!) {
    revokeHonour(id: $id, reason: $reason) {
      ...HonourDetailFields
    }
  }
`);
