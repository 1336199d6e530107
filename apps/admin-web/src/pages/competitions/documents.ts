import { graphql } from '../../gql';

export const CompetitionsQueryDoc = graphql(`
  query Competitions($first: Int!, $after: String, $tier: CompetitionTier, $year: Int) {
    competitions(first: $first, after: $after, tier: $tier, year: $year) {
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
          tier
          trade
          year
          organiser
          heldOn
          endsOn
          results {
            id
          }
        }
      }
    }
  }
`);

export const CompetitionYearQueryDoc = graphql(`
  query CompetitionYear($year: Int!) {
    competitionYear(year: $year) {
      year
      cityCompetitions
      target
      remaining
      status
      clause
      zh
    }
  }
`);

export const CompetitionDetailQueryDoc = graphql(`
  query CompetitionDetail($id: ID!) {
    competition(id: $id) {
      id
      name
      tier
      trade
      year
      organiser
      heldOn
      endsOn
      results {
        id
        rank
        medal
        teamName
        person {
          id
          name
        }
      }
      teams {
        id
        name
        rank
        medal
        members {
          id
          person {
            id
            name
          }
        }
      }
      history {
        id
        at
        action
        actorName
        count
      }
    }
  }
`);

export const CreateCompetitionDoc = graphql(`
  mutation CreateCompetition($input: CreateCompetitionInput!) {
    createCompetition(input: $input) {
      id
      name
    }
  }
`);

export const UpdateCompetitionDoc = graphql(`
  mutation UpdateCompetition($input: UpdateCompetitionInput!) {
    updateCompetition(input: $input) {
      id
      organiser
      heldOn
      endsOn
    }
  }
`);

export const RecordCompetitionResultsDoc = graphql(`
  mutation RecordCompetitionResults($input: RecordCompetitionResultsInput!) {
    recordCompetitionResults(input: $input) {
      mode
      written
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

export const RecordCompetitionTeamResultDoc = graphql(`
  mutation RecordCompetitionTeamResult($input: RecordCompetitionTeamResultInput!) {
    recordCompetitionTeamResult(input: $input) {
      id
      name
    }
  }
`);
