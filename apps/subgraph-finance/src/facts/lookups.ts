import type { AskGateway } from './gateway-client.ts';

export interface OrganisationFacts {
  id: string;
  name: string;
  kind: string;
  county: { code: string };
  /** 攀登企业 (R16). */
  climbing?: boolean;
}

export interface PersonFacts {
  id: string;
  name: string;
  county: { code: string };
  /** Served to the fact consumer (facts:read) for ages on a date (R15/R16); kept inside the rules fact. */
  birthDate?: string | null;
  employer: OrganisationFacts | null;
}

/** What the facts of one page need from the directory, fetched together. */
export interface Lookups {
  people: ReadonlyMap<string, PersonFacts>;
  organisations: ReadonlyMap<string, OrganisationFacts>;
}

/** The directory's `…ByIds` take at most this many ids per call. */
const CHUNK = 100;

const QUERY = `query FinanceFactLookups($people: [ID!]!, $organisations: [ID!]!) {
  peopleByIds(ids: $people) { id name birthDate county { code } employer { id name kind climbing county { code } } }
  organisationsByIds(ids: $organisations) { id name kind climbing county { code } }
}`;

/**
 * Completes a page of facts from the directory through the gateway: one query per 100 people and units (a page of
 * 100 events is one query). Unknown ids are simply absent from the maps.
 */
export async function lookUp(
  ask: AskGateway,
  personIds: Iterable<string>,
  organisationIds: Iterable<string>,
): Promise<Lookups> {
  const people = new Map<string, PersonFacts>();
  const organisations = new Map<string, OrganisationFacts>();
  const p = [...new Set(personIds)];
  const o = [...new Set(organisationIds)];
  for (let i = 0; i < Math.max(p.length, o.length); i += CHUNK) {
    const data = await ask<{
      peopleByIds: (PersonFacts | null)[];
      organisationsByIds: (OrganisationFacts | null)[];
    }>(QUERY, { people: p.slice(i, i + CHUNK), organisations: o.slice(i, i + CHUNK) });
    for (const person of data.peopleByIds) if (person) people.set(person.id, person);
    for (const org of data.organisationsByIds) if (org) organisations.set(org.id, org);
  }
  return { people, organisations };
}
