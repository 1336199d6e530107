import { graphql } from '../../gql';

/**
 * 预算执行's GraphQL. A budget line has no id (it is keyed by payer, county, year and group), so Apollo cannot update
 * the table from setBudget's answer: the form refetches Budgets instead.
 */
export const BudgetLineFieldsDoc = graphql(`
  fragment BudgetLineFields on BudgetLine {
    payer
    county {
      code
      name
    }
    year
    benefitGroup
    budget
    committed
    pending
    paid
    remaining
  }
`);

export const BudgetsQueryDoc = graphql(`
  query Budgets($year: Int!) {
    budgets(year: $year) {
      ...BudgetLineFields
    }
  }
`);

export const SetBudgetMutationDoc = graphql(`
  mutation SetBudget($input: SetBudgetInput!) {
    setBudget(input: $input) {
      ...BudgetLineFields
    }
  }
`);
