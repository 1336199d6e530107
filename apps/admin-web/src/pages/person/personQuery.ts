import { graphql } from '../../gql';

/** A person's entitlement as the person page lists it (with the fact it was computed from, to link the two). */
export const PersonEntitlementFieldsDoc = graphql(`
  fragment PersonEntitlementFields on Entitlement {
    id
    ruleId
    clause
    citation
    description
    amount
    status
    stacking
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
    fact {
      id
    }
  }
`);

/** A fact about the person and what finance decided, with the reasons when it earned nothing. */
export const PersonFactFieldsDoc = graphql(`
  fragment PersonFactFields on FactDecision {
    id
    kind
    kindLabel
    subjectId
    occurredOn
    outcome
    note
    reasons {
      code
      citation
      text
    }
  }
`);

/**
 * Everything the person page shows, in one request: the gateway fans it out to all six subgraphs (directory for the
 * person, evaluation for certificates and highestLevel, training for ledStudios, competitions for results, awards for
 * honours, finance for entitlements and the facts' decisions). idNumber is always masked by the directory (the full number: RevealIdNumberModal).
 */
export const PersonDetailQuery = graphql(`
  query PersonDetail($id: ID!) {
    person(id: $id) {
      id
      name
      idNumber
      socialSecurityCardAccount {
        text
      }
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
      highestLevelTitleEquivalent {
        label
        citation
      }
      academicEquivalents {
        programme
        programmeLabel
        graduatedOn
        label
        citation
      }
      certificates {
        id
        certificateNo
        level
        occupation
        issuedOn
        route
        revoked
        revokedReason
        issuer {
          id
          name
        }
      }
      ledStudios {
        id
        name
        level
        status
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
      skillAwards {
        id
        award
        teamName
        awardedOn
        documentNo
        route
        status
        unit {
          id
          name
        }
      }
      honours {
        id
        kind
        year
        status
        citation
        certificateNo
        history {
          id
          action
          toStatus
          actorName
          note
          at
        }
      }
      standingMeasures {
        id
        measure
        measureName
        year
        note
        recordedByName
        recordedAt
      }
      entitlements {
        ...PersonEntitlementFields
      }
      factDecisions {
        ...PersonFactFields
      }
    }
  }
`);

/**
 * The person's money side only: read again, every second for a little while, after HRSS records a certificate, until
 * finance has decided the new fact (it reads the facts within a second or so). Same fragments as PersonDetail, so the
 * page's sections update from the cache.
 */
export const PersonFinanceQuery = graphql(`
  query PersonFinance($id: ID!) {
    person(id: $id) {
      id
      entitlements {
        ...PersonEntitlementFields
      }
      factDecisions {
        ...PersonFactFields
      }
    }
  }
`);
