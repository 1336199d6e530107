import { KitError } from '@jining/graphql-server';
import { ErrorCode, SERVICE_PRINCIPALS, serviceFetch } from '@jining/protocol';

/**
 * A competition result as the competitions subgraph holds it, for a write in another domain that rests on it: an
 * honour's nomination (技能状元, 技术能手 — 四(十三)) names the result, and takes the person and the competition's tier
 * from here instead of trusting what the caller typed. Tier and medal are the rules' codes (kept as strings: the kit
 * does not depend on the rules package).
 */
export interface CompetitionResultReference {
  id: string;
  /** Null for a team's own result row (its members carry their own results). */
  personId: string | null;
  competitionId: string;
  tier: string;
  rank: number | null;
  medal: string | null;
}

/** Where to ask: the gateway (target `gateway`, as in production) or, in a test, the competitions subgraph itself. */
export interface SignedEndpoint {
  url: string;
  target: string;
}

const RESULT = `query ($id: ID!) {
  competitionResult(id: $id) { id rank medal person { id } competition { id tier } }
}`;

type Answer = {
  data?: {
    competitionResult: {
      id: string;
      rank: number | null;
      medal: string | null;
      person: { id: string } | null;
      competition: { id: string; tier: string };
    } | null;
  } | null;
  errors?: unknown[];
};

/** Ids are uuids; anything far longer is not one, and is answered "no such result" without asking. */
const MAX_ID_LENGTH = 100;

/**
 * Asks for one competition result, signed as the `references` service (it reads what a record rests on, no personal
 * data: a result names its person by id only). An answer with errors — the competitions subgraph down behind the
 * gateway answers `competitionResult: null` with an error — is SERVICE_UNAVAILABLE, never "no such result", so a
 * nomination is not refused for a result that exists.
 */
export function competitionResultLookup(endpoint: SignedEndpoint, signingSecret: string) {
  return async (id: string): Promise<CompetitionResultReference | null> => {
    if (id.length > MAX_ID_LENGTH) return null;
    let body: Answer;
    try {
      const response = await serviceFetch({
        url: endpoint.url,
        target: endpoint.target,
        body: { query: RESULT, variables: { id } },
        secret: signingSecret,
        principal: SERVICE_PRINCIPALS.REFERENCES,
        timeoutMs: 5_000,
      });
      body = (await response.json()) as Answer;
      if (!response.ok || !body.data) throw new Error(`HTTP ${response.status}`);
      if (body.errors?.length) throw new Error(`answered with errors: ${JSON.stringify(body.errors).slice(0, 200)}`);
    } catch (error) {
      console.error(`[references] competition result lookup failed: ${(error as Error).message}`);
      throw new KitError(ErrorCode.SERVICE_UNAVAILABLE, '竞赛成绩库暂时无法核对所依据的成绩，未保存，请稍后重试', {
        reason: 'COMPETITIONS_UNAVAILABLE',
        messageEn: 'The competitions subgraph cannot check the result right now; nothing was saved, try again',
      });
    }
    const r = body.data.competitionResult;
    if (!r) return null;
    return {
      id: r.id,
      personId: r.person?.id ?? null,
      competitionId: r.competition.id,
      tier: r.competition.tier,
      rank: r.rank,
      medal: r.medal,
    };
  };
}
