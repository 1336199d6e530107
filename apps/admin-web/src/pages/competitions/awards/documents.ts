import { graphql } from '../../../gql';

export const CollegePrizesQueryDoc = graphql(`
  query CollegePrizes(
    $first: Int!
    $after: String
    $collegeId: ID
    $year: Int
    $tier: CompetitionTier
    $stage: CompetitionStage
    $prize: Int
    $status: AwardRecordStatus
    $search: String
  ) {
    collegePrizes(
      first: $first
      after: $after
      collegeId: $collegeId
      year: $year
      tier: $tier
      stage: $stage
      prize: $prize
      status: $status
      search: $search
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
          eventName
          entryName
          tier
          stage
          prize
          documentNo
          awardedOn
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

export const CollegePrizeDetailQueryDoc = graphql(`
  query CollegePrizeDetail($id: ID!) {
    collegePrize(id: $id) {
      id
      eventName
      eventKey
      entryName
      entryKey
      tier
      stage
      prize
      documentNo
      awardedOn
      status
      revokeReason
      recordedBy
      canRevoke
      college {
        id
        name
        entitlements {
          id
          ruleId
          description
          amount
          status
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

export const RecordCollegePrizeDoc = graphql(`
  mutation RecordCollegePrize($input: RecordCollegePrizeInput!) {
    recordCollegePrize(input: $input) {
      id
    }
  }
`);

export const RevokeCollegePrizeDoc = graphql(`
  mutation RevokeCollegePrize($input: RevokeCollegePrizeInput!) {
    revokeCollegePrize(input: $input) {
      id
      status
    }
  }
`);

export const SkillAwardsQueryDoc = graphql(`
  query SkillAwards(
    $first: Int!
    $after: String
    $award: SkillAwardKind
    $personId: ID
    $unitId: ID
    $year: Int
    $status: AwardRecordStatus
    $search: String
  ) {
    skillAwards(
      first: $first
      after: $after
      award: $award
      personId: $personId
      unitId: $unitId
      year: $year
      status: $status
      search: $search
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
          award
          winnerKind
          teamName
          awardedOn
          documentNo
          route
          rolePercent
          status
          winners {
            id
            name
          }
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export const SkillAwardDetailQueryDoc = graphql(`
  query SkillAwardDetail($id: ID!) {
    skillAward(id: $id) {
      id
      award
      winnerKind
      teamName
      awardedOn
      documentNo
      route
      rolePercent
      achievementId
      status
      revokeReason
      recordedBy
      canRevoke
      winners {
        id
        name
        entitlements {
          id
          ruleId
          description
          amount
          status
        }
      }
      unit {
        id
        name
        entitlements {
          id
          ruleId
          description
          amount
          status
        }
      }
      competitionResult {
        id
        rank
        medal
        competition {
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

export const RecordSkillAwardDoc = graphql(`
  mutation RecordSkillAward($input: RecordSkillAwardInput!) {
    recordSkillAward(input: $input) {
      id
    }
  }
`);

export const RevokeSkillAwardDoc = graphql(`
  mutation RevokeSkillAward($input: RevokeSkillAwardInput!) {
    revokeSkillAward(input: $input) {
      id
      status
    }
  }
`);
