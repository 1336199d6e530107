import { graphql } from '../../gql';

/**
 * Everything the organisation page shows about a unit, in one request fanned out by the gateway: directory (the
 * unit), training (the studios it hosts, the craftsman colleges it built, the graduates it hired), finance (its
 * entitlements with the rules' explanation, and every fact about it with finance's decision — "不符合条件：…"). The
 * person page's fragments, so the two pages show money and decisions alike.
 */
export const OrganisationDetailQuery = graphql(`
  query OrganisationDetail($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      creditCode
      basicAccount {
        text
      }
      county {
        code
        name
      }
      stateOwned
      climbing
      industryEducationIntegration
      hostedStudios {
        id
        name
        level
        status
        trade
        approvedOn
        lead {
          id
          name
        }
      }
      craftsmanColleges {
        id
        name
        status
        foundedOn
        approvedOn
      }
      graduateHires {
        id
        programme
        status
        hiredOn
        graduate {
          id
          name
        }
        school {
          id
          name
        }
      }
      entitlements {
        ...PersonEntitlementFields
      }
      factDecisions {
        ...PersonFactFields
      }
      taxCreditLedger {
        ...TaxCreditLedgerLineFields
      }
    }
  }
`);

/** The unit's people (工作单位 = this unit), paged like every list. */
export const OrganisationPeopleQuery = graphql(`
  query OrganisationPeople($first: Int!, $after: String, $employerId: ID) {
    people(first: $first, after: $after, employerId: $employerId) {
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
          idNumber
          county {
            code
            name
          }
          highestLevel
        }
      }
    }
  }
`);
