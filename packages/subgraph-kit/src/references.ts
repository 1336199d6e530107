import { badInput, KitError } from '@jining/graphql-server';
import { ErrorCode, isDevMode, SERVICE_PRINCIPALS, serviceFetch, type Env, type Principal } from '@jining/protocol';
import { competitionResultLookup, type CompetitionResultReference } from './competition-results.ts';

/** One id a write names, with the input field it came from (the refusal names that field). */
export interface Reference {
  field: string;
  id: string;
  /**
   * For an organisation: the kinds (OrganisationKind codes of the directory) the write accepts, with their words for
   * the refusal (`ORGANISATION_WRONG_KIND`), e.g. a college prize names a vocational college. Absent: any kind.
   */
  kinds?: { codes: readonly string[]; zh: string };
}

/**
 * Checks that the people and units a record names exist in the directory before the record is written. Other
 * subgraphs cannot see the directory's tables, so they ask it (through the gateway, as the `references` service):
 * a `personId` that exists nowhere is refused as BAD_USER_INPUT `PERSON_NOT_FOUND` naming the field, instead of
 * being stored and later blanking every list that reaches it.
 */
export interface ReferenceChecker {
  requireKnown(refs: { people?: readonly Reference[]; organisations?: readonly Reference[] }): Promise<void>;
  /**
   * The ids of the people holding these full resident ID numbers, in their order (null where nobody does): for an
   * import that names people by ID number. The directory answers only `pii:read`, so the caller asks only for a
   * principal who holds `pii:read` itself (see ID_MATCH in the protocol's service principals).
   */
  personIdsByIdNumbers(idNumbers: readonly string[]): Promise<(string | null)[]>;
  /**
   * Whether each of these people exists, in their order: for an import, whose rows each answer for themselves
   * (requireKnown refuses the whole write at the first unknown id).
   */
  peopleExist(ids: readonly string[]): Promise<boolean[]>;
  /**
   * The competition result with this id as the competitions subgraph holds it (its person and its competition's
   * tier), or null when there is none: for a write resting on a result (an honour's nomination), which takes what
   * the result says instead of what the caller says about it.
   */
  competitionResult(id: string): Promise<CompetitionResultReference | null>;
  /**
   * What the directory says of these units, in their order (null where none exists): for a record whose rules depend
   * on the unit's kind or flags (E3 applies to 国有及国有控股企业 only), stored with the record as it was assessed.
   */
  organisationProfiles(ids: readonly string[]): Promise<(OrganisationProfile | null)[]>;
  /**
   * The county (GB/T 2260 code) each of these units is registered in, in their order, refusing an unknown unit as
   * requireKnown does: for a record that a county's account may make only for its own county's units (二(二)
   * apprenticeships). Null only where no directory is asked (development without GATEWAY_URL).
   */
  organisationCounties(refs: readonly Reference[]): Promise<(string | null)[]>;
  /**
   * The county (GB/T 2260 code) each of these people is registered in, in their order, refusing an unknown person as
   * requireKnown does: stored with a record at write time so a county's targets count its own people's records
   * without asking the directory at read time. Null only where no directory is asked.
   */
  peopleCounties(refs: readonly Reference[]): Promise<(string | null)[]>;
  /**
   * The full payment accounts of these people (社保卡金融账户) and units (基本存款账户), each list in its order (null
   * where no such holder exists): for finance's payment file alone. Asked as the payment-file service principal, the
   * only holder of `payment-accounts:read`; the caller checks first that its user may pay and records the export in
   * its own audit trail (DESIGN.md "Cross-domain flow" 4).
   */
  paymentAccounts(holders: { people: readonly string[]; organisations: readonly string[] }): Promise<PaymentAccounts>;
}

/** A payment account as the directory holds it: the holder's name, and its bank and number (null when not set). */
export interface HolderAccount {
  id: string;
  name: string;
  bankName: string | null;
  accountNumber: string | null;
}

export interface PaymentAccounts {
  people: (HolderAccount | null)[];
  organisations: (HolderAccount | null)[];
}

/** A unit as the rules see it: its kind (OrganisationKind of the directory) and flags. */
export interface OrganisationProfile {
  id: string;
  name: string;
  kind: string;
  stateOwned: boolean;
  /** GB/T 2260 code of the county it is registered in. */
  countyCode: string;
}

const ID_MATCH = `query ($idNumbers: [String!]!) { personIdsByIdNumbers(idNumbers: $idNumbers) }`;

/** The directory's limit per by-ids query (BY_IDS_LIMIT there): longer lists are asked in slices of this size. */
const ID_MATCH_SLICE = 100;

const LOOKUP = `query ($people: [ID!]!, $organisations: [ID!]!) {
  peopleByIds(ids: $people) { id }
  organisationsByIds(ids: $organisations) { id kind }
}`;

/** A unit as the checks that need more than its id read it (its county flattened to its code). */
const PROFILES = `query ($ids: [ID!]!) { organisationsByIds(ids: $ids) { id name kind stateOwned county { code } } }`;

const PEOPLE_COUNTIES = `query ($ids: [ID!]!) { peopleByIds(ids: $ids) { id county { code } } }`;

const PAYMENT_ACCOUNTS = `query ($personIds: [ID!]!, $organisationIds: [ID!]!) {
  paymentAccounts(personIds: $personIds, organisationIds: $organisationIds) {
    people { id name bankName accountNumber }
    organisations { id name bankName accountNumber }
  }
}`;

/** The most ids one write may name: far above any form, far below what a lookup query allows (100 per list). */
const MAX_REFERENCES = 50;

const unavailable = (detail: string) => {
  console.error(`[references] directory lookup failed: ${detail}`);
  return new KitError(ErrorCode.SERVICE_UNAVAILABLE, '人员单位库暂时无法核对引用，未保存，请稍后重试', {
    reason: 'DIRECTORY_UNAVAILABLE',
    messageEn: 'The directory cannot check references right now; nothing was saved, try again',
  });
};

/** A checker asking the directory through the gateway at `gatewayUrl`, signed as the references service. */
export function gatewayReferences(gatewayUrl: string, signingSecret: string): ReferenceChecker {
  /** One signed query through the gateway; any failure is the directory being unavailable (nothing is written). */
  async function ask<T>(
    query: string,
    variables: Record<string, unknown>,
    principal: Principal = SERVICE_PRINCIPALS.REFERENCES,
  ): Promise<T> {
    try {
      const response = await serviceFetch({
        url: gatewayUrl,
        target: 'gateway',
        body: { query, variables },
        secret: signingSecret,
        principal,
        timeoutMs: 5_000,
      });
      const body = (await response.json()) as { data?: T };
      if (!response.ok || !body.data) throw new Error(`HTTP ${response.status}`);
      return body.data;
    } catch (error) {
      throw unavailable((error as Error).message);
    }
  }
  /** `ids` in slices of `size`, answers concatenated in order. */
  async function sliced<I, O>(ids: readonly I[], size: number, each: (slice: I[]) => Promise<O[]>): Promise<O[]> {
    const out: O[] = [];
    for (let i = 0; i < ids.length; i += size) out.push(...(await each(ids.slice(i, i + size))));
    return out;
  }
  const profiles = (ids: readonly string[]) =>
    sliced(ids, MAX_REFERENCES, async (slice) => {
      const data = await ask<{
        organisationsByIds: (({ county: { code: string } } & Omit<OrganisationProfile, 'countyCode'>) | null)[];
      }>(PROFILES, { ids: slice });
      return data.organisationsByIds.map((o) => (o ? { ...o, countyCode: o.county.code } : null));
    });

  return {
    competitionResult: competitionResultLookup({ url: gatewayUrl, target: 'gateway' }, signingSecret),
    async requireKnown({ people = [], organisations = [] }) {
      if (people.length === 0 && organisations.length === 0) return;
      if (people.length > MAX_REFERENCES || organisations.length > MAX_REFERENCES) {
        throw badInput(`一次至多引用 ${MAX_REFERENCES} 个人员或单位`, { reason: 'TOO_MANY_REFERENCES' });
      }
      const data = await ask<{
        peopleByIds: ({ id: string } | null)[];
        organisationsByIds: ({ id: string; kind: string } | null)[];
      }>(LOOKUP, { people: people.map((r) => r.id), organisations: organisations.map((r) => r.id) });
      refuseMissing(people, data.peopleByIds, 'PERSON_NOT_FOUND', '人员');
      refuseMissing(organisations, data.organisationsByIds, 'ORGANISATION_NOT_FOUND', '单位');
      refuseWrongKind(organisations, data.organisationsByIds);
    },
    async organisationCounties(refs) {
      if (refs.length === 0) return [];
      if (refs.length > MAX_REFERENCES) {
        throw badInput(`一次至多引用 ${MAX_REFERENCES} 个单位`, { reason: 'TOO_MANY_REFERENCES' });
      }
      // The same profile query as organisationProfiles: one shape of a unit for every check that needs more than its id.
      const found = await profiles(refs.map((r) => r.id));
      refuseMissing(refs, found, 'ORGANISATION_NOT_FOUND', '单位');
      return found.map((o) => o!.countyCode);
    },
    async peopleCounties(refs) {
      if (refs.length === 0) return [];
      if (refs.length > MAX_REFERENCES) {
        throw badInput(`一次至多引用 ${MAX_REFERENCES} 名人员`, { reason: 'TOO_MANY_REFERENCES' });
      }
      const data = await ask<{ peopleByIds: ({ id: string; county: { code: string } } | null)[] }>(PEOPLE_COUNTIES, {
        ids: refs.map((r) => r.id),
      });
      refuseMissing(refs, data.peopleByIds, 'PERSON_NOT_FOUND', '人员');
      return data.peopleByIds.map((p) => p!.county.code);
    },
    peopleExist: (ids) =>
      sliced(ids, MAX_REFERENCES, async (slice) => {
        const data = await ask<{ peopleByIds: ({ id: string } | null)[] }>(LOOKUP, {
          people: slice,
          organisations: [],
        });
        return data.peopleByIds.map((p) => p !== null);
      }),
    organisationProfiles: profiles,
    async paymentAccounts({ people, organisations }) {
      const ask1 = (personIds: readonly string[], organisationIds: readonly string[]) =>
        ask<{ paymentAccounts: PaymentAccounts }>(
          PAYMENT_ACCOUNTS,
          { personIds, organisationIds },
          SERVICE_PRINCIPALS.PAYMENT_FILE,
        ).then((d) => d.paymentAccounts);
      const [p, o] = await Promise.all([
        sliced(people, ID_MATCH_SLICE, async (slice) => (await ask1(slice, [])).people),
        sliced(organisations, ID_MATCH_SLICE, async (slice) => (await ask1([], slice)).organisations),
      ]);
      return { people: p, organisations: o };
    },
    personIdsByIdNumbers: (idNumbers) =>
      sliced(idNumbers, ID_MATCH_SLICE, async (slice) => {
        const data = await ask<{ personIdsByIdNumbers: (string | null)[] }>(
          ID_MATCH,
          { idNumbers: slice },
          SERVICE_PRINCIPALS.ID_MATCH,
        );
        return data.personIdsByIdNumbers;
      }),
  };
}

function refuseMissing(
  refs: readonly Reference[],
  found: readonly ({ id: string } | null)[],
  reason: string,
  what: string,
) {
  const missing = refs.findIndex((_, i) => !found[i]);
  if (missing < 0) return;
  const ref = refs[missing]!;
  throw badInput(`${what}库中没有此${what}（${ref.id.slice(0, 40)}）`, {
    field: ref.field,
    reason,
    messageEn: `No such ${what === '人员' ? 'person' : 'organisation'} in the directory: ${ref.id.slice(0, 40)}`,
  });
}

/** Refuses the first organisation whose kind the write does not accept (BAD_USER_INPUT naming the field). */
function refuseWrongKind(refs: readonly Reference[], found: readonly ({ kind?: string } | null)[]) {
  const wrong = refs.findIndex((r, i) => {
    const kind = found[i]?.kind;
    return r.kinds !== undefined && kind !== undefined && !r.kinds.codes.includes(kind);
  });
  if (wrong < 0) return;
  const ref = refs[wrong]!;
  throw badInput(`所选单位不是${ref.kinds!.zh}（${ref.id.slice(0, 40)}）`, {
    field: ref.field,
    reason: 'ORGANISATION_WRONG_KIND',
    messageEn: `The organisation is not a ${ref.kinds!.codes.join(' or ')}: ${ref.id.slice(0, 40)}`,
  });
}
const DEFAULT_TEST_COUNTY = '370811';

/**
 * A checker from a fixed list (tests of one subgraph, where no directory runs). `known` holds the ids that exist;
 * `null` accepts every id — development only, see `referenceCheckerFor`. Competition results cannot be made up (a
 * write takes their person and tier from them), so none is found here; a test that nominates from a result asks a
 * real competitions subgraph: `{ ...listReferences(…), competitionResult: competitionResultLookup(its URL …) }`.
 */
export function listReferences(
  known: {
    people: readonly string[];
    organisations: readonly string[];
    /** Full resident ID number → person id, for imports naming people by ID number. */
    idNumbers?: Readonly<Record<string, string>>;
    /** Organisation id → its kind, for writes that accept some kinds only (an id not listed here: any kind). */
    organisationKinds?: Readonly<Record<string, string>>;
    /** What the directory would say of a unit (a known unit without one is a plain enterprise, not state-owned). */
    profiles?: Readonly<Record<string, Partial<Omit<OrganisationProfile, 'id'>>>>;
    /** Person or organisation id → its county code (GB/T 2260); one known but not listed here is in 任城区 (370811). */
    counties?: Readonly<Record<string, string>>;
    /** Person or organisation id → its payment account (a known holder not listed here has none set). */
    accounts?: Readonly<Record<string, { name?: string; bankName: string; accountNumber: string }>>;
  } | null,
) {
  const people = new Set(known?.people);
  const organisations = new Set(known?.organisations);
  return {
    async competitionResult() {
      return null;
    },
    // Development without a directory: nobody can be found by ID number (an id is accepted, a number cannot be).
    async personIdsByIdNumbers(idNumbers: readonly string[]) {
      return idNumbers.map((n) => known?.idNumbers?.[n] ?? null);
    },
    async paymentAccounts(holders: { people: readonly string[]; organisations: readonly string[] }) {
      const of = (known_: Set<string>) => (id: string) =>
        !known || known_.has(id)
          ? { id, name: id, bankName: null, accountNumber: null, ...known?.accounts?.[id] }
          : null;
      return { people: holders.people.map(of(people)), organisations: holders.organisations.map(of(organisations)) };
    },
    async peopleExist(ids: readonly string[]) {
      return ids.map((id) => !known || people.has(id));
    },
    async organisationProfiles(ids: readonly string[]) {
      return ids.map((id) =>
        !known || organisations.has(id)
          ? {
              id,
              name: id,
              kind: known?.organisationKinds?.[id] ?? 'ENTERPRISE',
              stateOwned: false,
              countyCode: known?.counties?.[id] ?? DEFAULT_TEST_COUNTY,
              ...known?.profiles?.[id],
            }
          : null,
      );
    },
    async organisationCounties(refs: readonly Reference[]) {
      // Development without a directory: every unit is accepted and its county is not known.
      if (!known) return refs.map(() => null);
      refuseMissing(
        refs,
        refs.map((r) => (organisations.has(r.id) ? r : null)),
        'ORGANISATION_NOT_FOUND',
        '单位',
      );
      return refs.map((r) => known.counties?.[r.id] ?? DEFAULT_TEST_COUNTY);
    },
    async peopleCounties(refs: readonly Reference[]) {
      // Development without a directory: every person is accepted and their county is not known.
      if (!known) return refs.map(() => null);
      refuseMissing(
        refs,
        refs.map((r) => (people.has(r.id) ? r : null)),
        'PERSON_NOT_FOUND',
        '人员',
      );
      return refs.map((r) => known.counties?.[r.id] ?? DEFAULT_TEST_COUNTY);
    },
    async requireKnown({ people: p = [], organisations: o = [] }) {
      if (!known) return;
      refuseMissing(
        p,
        p.map((r) => (people.has(r.id) ? r : null)),
        'PERSON_NOT_FOUND',
        '人员',
      );
      refuseMissing(
        o,
        o.map((r) => (organisations.has(r.id) ? r : null)),
        'ORGANISATION_NOT_FOUND',
        '单位',
      );
      refuseWrongKind(
        o,
        o.map((r) => ({ kind: known.organisationKinds?.[r.id] })),
      );
    },
  } satisfies ReferenceChecker;
}

/**
 * The checker a subgraph uses: through the gateway when GATEWAY_URL is set (`npm start` sets it for every process).
 * Without it, development mode (a subgraph started alone, its integration tests) accepts every id and says so once;
 * any other run refuses to start, since references would go unchecked.
 */
export function referenceCheckerFor(env: Env, signingSecret: string, log: (line: string) => void): ReferenceChecker {
  const url = env.GATEWAY_URL;
  if (url) return gatewayReferences(url, signingSecret);
  if (!isDevMode(env)) {
    throw new Error('GATEWAY_URL is not set: this subgraph checks the people and units it records through the gateway');
  }
  log('references: GATEWAY_URL is not set, so people and units named in writes are not checked (development mode)');
  return listReferences(null);
}

/** For a subgraph that declared no references (`checksReferences`): asking is a programming error, said plainly. */
export function undeclaredReferences(subgraph: string): ReferenceChecker {
  const undeclared = async (): Promise<never> => {
    throw new Error(`${subgraph} checks references without declaring checksReferences in its definition`);
  };
  return {
    requireKnown: undeclared,
    personIdsByIdNumbers: undeclared,
    peopleExist: undeclared,
    organisationProfiles: undeclared,
    competitionResult: undeclared,
    organisationCounties: undeclared,
    peopleCounties: undeclared,
    paymentAccounts: undeclared,
  };
}
