import { graphql } from '../../gql';

/**
 * The 工作台's one request: each subgraph's waiting work for the signed-in account (the kit's shared WorkCount, only
 * the kinds of work its department does, a county account's own county's), and the counties to name the account's.
 */
export const MyWorkQueryDoc = graphql(`
  query MyWork {
    trainingWork {
      ...WorkCountFields
    }
    competitionsWork {
      ...WorkCountFields
    }
    awardsWork {
      ...WorkCountFields
    }
    financeWork {
      ...WorkCountFields
    }
    counties {
      code
      name
    }
  }
  fragment WorkCountFields on WorkCount {
    item
    label
    clause
    count
  }
`);
