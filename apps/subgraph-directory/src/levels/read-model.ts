import { FACT_EVENT_KINDS, type OutboxEvent, type RawTransaction } from '@jining/subgraph-kit';
import { isSkillLevel, skillLevelRank } from '@jining/rules';

/**
 * The directory's read model of evaluation's certificates (技能等级读模型): one `person_level` row per certificate
 * (its person, its rank on the ladder, revoked or not) and, from them, `person.highest_level_rank`, which the people
 * list filters on (`people(minLevel:)`) with an index. Evaluation owns certificates; this is only what its fact feed
 * said, applied so that order and repetition do not matter:
 * - a record sets the certificate's person and rank (the same record twice sets the same values);
 * - a revocation marks it revoked, for good (a record read again after it does not undo it, and a revocation seen
 *   before its record leaves a revoked row whose rank the record fills in);
 * - then each person touched gets the highest rank of their certificates that are not revoked, or null.
 * So the same event twice, or two consumers racing (the cursor's lock already serialises them), give one result.
 */

/** A certificate as the feed told it: recorded (with its rank) or revoked. */
export interface CertificateChange {
  certificateId: string;
  personId: string;
  /** Set for a record; null for a revocation (its event carries no level). */
  levelRank: number | null;
  revoked: boolean;
}

/** What a page of events came to. */
export interface AppliedLevels {
  recorded: number;
  revoked: number;
  /** Events of other kinds or versions, or with a payload this reader cannot use: left out, and counted. */
  ignored: number;
  people: number;
}

const RECORDED = 'SKILL_CERTIFICATE_RECORDED';
const REVOKED = 'SKILL_CERTIFICATE_REVOKED';

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** The change one outbox event makes, or null when it is not a certificate event this reader knows. */
export function certificateChange(event: OutboxEvent): CertificateChange | null {
  const payload = event.payload;
  const certificateId = text(payload.certificateId);
  const personId = text(payload.personId);
  if (!certificateId || !personId) return null;
  if (event.kind === RECORDED && event.version === FACT_EVENT_KINDS.SKILL_CERTIFICATE_RECORDED.version) {
    return isSkillLevel(payload.level)
      ? { certificateId, personId, levelRank: skillLevelRank(payload.level), revoked: false }
      : null;
  }
  if (event.kind === REVOKED && event.version === FACT_EVENT_KINDS.SKILL_CERTIFICATE_REVOKED.version) {
    return { certificateId, personId, levelRank: null, revoked: true };
  }
  return null;
}

/** Applies a page's events in the caller's transaction (the one that moves the cursor). */
export async function applyCertificateEvents(
  tx: RawTransaction,
  events: readonly OutboxEvent[],
): Promise<AppliedLevels> {
  const changes: CertificateChange[] = [];
  let ignored = 0;
  for (const event of events) {
    const change = certificateChange(event);
    if (change) changes.push(change);
    else ignored += 1;
  }
  const applied = await applyCertificateChanges(tx, changes);
  return { ...applied, ignored };
}

/**
 * Applies certificate changes (a page of events, or the demo and city datasets' certificates): two set-based
 * statements and one recomputation, whatever the page's size.
 */
export async function applyCertificateChanges(
  tx: RawTransaction,
  changes: readonly CertificateChange[],
): Promise<Omit<AppliedLevels, 'ignored'>> {
  // One row per certificate and statement: ON CONFLICT DO UPDATE refuses to touch a row twice in one statement.
  const records = new Map<string, CertificateChange>();
  const revocations = new Map<string, CertificateChange>();
  for (const change of changes) (change.revoked ? revocations : records).set(change.certificateId, change);
  const rows = (m: Map<string, CertificateChange>) =>
    JSON.stringify(
      [...m.values()].map((c) => ({ certificate_id: c.certificateId, person_id: c.personId, level_rank: c.levelRank })),
    );
  if (records.size > 0) {
    await tx.$executeRawUnsafe(
      `INSERT INTO person_level (certificate_id, person_id, level_rank)
       SELECT r.certificate_id, r.person_id, r.level_rank
         FROM jsonb_to_recordset($1::jsonb) AS r(certificate_id text, person_id text, level_rank integer)
       ON CONFLICT (certificate_id) DO UPDATE SET level_rank = EXCLUDED.level_rank, person_id = EXCLUDED.person_id`,
      rows(records),
    );
  }
  if (revocations.size > 0) {
    await tx.$executeRawUnsafe(
      `INSERT INTO person_level (certificate_id, person_id, revoked)
       SELECT r.certificate_id, r.person_id, true
         FROM jsonb_to_recordset($1::jsonb) AS r(certificate_id text, person_id text)
       ON CONFLICT (certificate_id) DO UPDATE SET revoked = true`,
      rows(revocations),
    );
  }
  const people = [...new Set(changes.map((c) => c.personId))];
  if (people.length > 0) await recomputeHighestLevels(tx, people);
  return { recorded: records.size, revoked: revocations.size, people: people.length };
}

/**
 * Sets `person.highest_level_rank` of these people from their certificates that are not revoked (null: none).
 * A person the directory does not know (yet) is simply not updated.
 */
export async function recomputeHighestLevels(tx: RawTransaction, personIds: readonly string[]): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE person p SET highest_level_rank = h.rank
       FROM (SELECT ids.id,
                    (SELECT max(l.level_rank) FROM person_level l
                      WHERE l.person_id = ids.id AND NOT l.revoked) AS rank
               FROM unnest($1::text[]) AS ids(id)) h
      WHERE p.id = h.id AND p.highest_level_rank IS DISTINCT FROM h.rank`,
    personIds,
  );
}
