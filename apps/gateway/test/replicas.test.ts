import { describe, expect, it } from 'vitest';
import { isQueryBody } from '../src/signed-data-source.ts';

describe('which subgraph calls may go to a second replica after a broken connection', () => {
  it('queries, as RemoteGraphQLDataSource writes them, are replayable; mutations and anything unknown are not', () => {
    const body = (query: string) => JSON.stringify({ query, variables: {} });
    expect(isQueryBody(body('query Person__directory__0($id:ID!){person(id:$id){name}}'))).toBe(true);
    expect(isQueryBody(body('{people(first:20){edges{node{id}}}}'))).toBe(true);
    expect(
      isQueryBody(body('query($representations:[_Any!]!){_entities(representations:$representations){__typename}}')),
    ).toBe(true);
    expect(isQueryBody(body('mutation($input:CreatePersonInput!){createPerson(input:$input){id}}'))).toBe(false);
    expect(isQueryBody(body('queryish'))).toBe(false);
    expect(isQueryBody(JSON.stringify({ variables: {}, query: '{a}' }))).toBe(false);
    expect(isQueryBody(undefined)).toBe(false);
  });
});
