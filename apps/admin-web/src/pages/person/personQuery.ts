import { graphql } from '../../gql';

/**
 * Everything the person page shows, in one request: the gateway fans it out to all six subgraphs (directory for the
 * person, evaluation for certificates and highestLevel, training for ledStudios, competitions for results, awards for
 * honours, finance for entitlements). idNumber is asked for without `reveal`, so the directory returns it masked.
 */
export const PersonDetailQuery = graphql(`
  query PersonDetail($id: ID!) {
    person(id: $id) {
      id
      name
      idNumber
      gender
      birthDate
      birthYear
      county {
        code
        name
      }
      employer {
        id
        name
      }
      highestLevel
      certificates {
        id
        certificateNo
        level
        occupation
        issuedOn
        route
        issuer {
          id
          name
        }
      }
      ledStudios {
        id
        name
        level
        trade
        approvedOn
        host {
          id
          name
        }
      }
      competitionResults {
        id
        rank
        medal
        teamName
        competition {
          id
          name
          tier
          trade
          year
        }
      }
      honours {
        id
        kind
        year
        status
        citation
      }
      entitlements {
        id
        ruleId
        clause
        description
        amount
        status
        county {
          code
          name
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
      }
    }
  }
`);
