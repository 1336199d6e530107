/**
 * Generated from the duty map (`DUTIES` of @jining/rules): every mutation of every subgraph, for every code of the
 * duty it is checked against (honour kind, studio level, tier, route, rule …), as every dev account, through the real
 * gateway and the six real subgraph processes. The map says allowed or not; the platform must agree:
 *
 * - allowed: the mutation answers without error (and so neither FORBIDDEN nor UNAUTHENTICATED) — or, where a live run
 *   cannot give the call the state it needs (a publicity window that has ended), exactly the case's `allowedRefusal`:
 *   a coded refusal that only comes after every permission check has passed, with nothing written;
 * - not allowed: FORBIDDEN, and nothing is written (the counts of every domain, read as HRSS, stay the same).
 *
 * Why here and not per subgraph: the chain under test runs from the dev account's login (its permissions in the
 * JWT, from the protocol's table) through the gateway's signing to each subgraph's schema gate and `requireDuty`, so
 * only the whole platform proves the table and the map agree at run time; and one file can list the supergraph's
 * mutations and fail when a new one has no case here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoDataset } from '@jining/demo-data';
import { makeResidentId } from '@jining/reference-data';
import { DEV_ACCOUNTS, type DevAccount } from '@jining/protocol/dev-accounts';
import { DUTIES, honourEligibilityRefusal, type Duty, type HonourKind } from '@jining/rules';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePortOffset, startPlatform, type Platform } from '../../../../scripts/platform.ts';
import type { GraphQLBody } from '../helpers.ts';

let platform: Platform;
let dataDir: string;
const tokens: Record<string, string> = {};
/** One competition per tier, for recordCompetitionResult. */
const competitionOfTier: Record<string, string> = {};
const demo = demoDataset();

/**
 * Whether a mutation has gone through since finance last caught up (factsSettled): only then can a fact still be on
 * its way. A refused call is not counted — the matrix proves it wrote nothing — so a run of refusals waits once.
 */
let unsettledWrites = true;

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string) {
  const res = await fetch(platform.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLBody<T>;
  if (/\bmutation\b/.test(query) && (!body.errors?.length || body.data)) unsettledWrites = true;
  return body;
}

async function ok<T>(query: string, variables: Record<string, unknown>, username: string): Promise<T> {
  const body = await gql<T>(query, variables, tokens[username]!);
  expect(body.errors, `${username}: ${JSON.stringify(body.errors)}`).toBeUndefined();
  return body.data!;
}

/**
 * What a refused call must leave as it was: every domain's rows, the honours and entitlements by status, the budgets
 * of the years the test touches, the publicity batches with their objections, the payment batches and what is payable.
 */
const COUNTS = /* GraphQL */ `
  {
    people(first: 1) {
      totalCount
    }
    organisations(first: 1) {
      totalCount
    }
    skillCertificates(first: 1) {
      totalCount
    }
    craftsmanColleges(first: 1) {
      totalCount
    }
    collegesApproved: craftsmanColleges(first: 1, status: APPROVED) {
      totalCount
    }
    masterStudios(first: 1) {
      totalCount
    }
    complianceReports(first: 1) {
      totalCount
    }
    graduateHiresActive: graduateHires(first: 1, status: ACTIVE) {
      totalCount
    }
    graduateHiresRevoked: graduateHires(first: 1, status: REVOKED) {
      totalCount
    }
    apprenticeshipsActive: apprenticeships(first: 1, status: ACTIVE) {
      totalCount
    }
    apprenticeshipsRevoked: apprenticeships(first: 1, status: REVOKED) {
      totalCount
    }
    apprenticeshipRates {
      id
    }
    trainingCatalogueLines {
      id
      validUntil
    }
    trainingClasses(first: 100) {
      totalCount
      edges {
        node {
          completionCount
          completions {
            revoked
          }
        }
      }
    }
    orderClassAgreements(first: 1) {
      totalCount
    }
    collegeMajorsRecorded: collegeMajors(first: 1, status: RECORDED) {
      totalCount
    }
    collegeMajorsApproved: collegeMajors(first: 1, status: APPROVED) {
      totalCount
    }
    collegeMajorsRevoked: collegeMajors(first: 1, status: REVOKED) {
      totalCount
    }
    orderClassSubmitted: orderClassHiringReports(first: 1, status: SUBMITTED) {
      totalCount
    }
    orderClassConfirmed: orderClassHiringReports(first: 1, status: CONFIRMED) {
      totalCount
    }
    orderClassRevoked: orderClassHiringReports(first: 1, status: REVOKED) {
      totalCount
    }
    studiosApplied: masterStudios(first: 1, status: APPLIED) {
      totalCount
    }
    studiosReviewed: masterStudios(first: 1, status: REVIEWED) {
      totalCount
    }
    studiosSelected: masterStudios(first: 1, status: SELECTED) {
      totalCount
    }
    studiosInPublicity: masterStudios(first: 1, status: IN_PUBLICITY) {
      totalCount
    }
    studiosApproved: masterStudios(first: 1, status: APPROVED) {
      totalCount
    }
    studiosSuspended: masterStudios(first: 1, status: SUSPENDED) {
      totalCount
    }
    studiosRejected: masterStudios(first: 1, status: REJECTED) {
      totalCount
    }
    studiosRevoked: masterStudios(first: 1, status: REVOKED) {
      totalCount
    }
    competitions(first: 1) {
      totalCount
    }
    competitionResults(first: 1) {
      totalCount
    }
    collegePrizesActive: collegePrizes(first: 1, status: ACTIVE) {
      totalCount
    }
    collegePrizesRevoked: collegePrizes(first: 1, status: REVOKED) {
      totalCount
    }
    skillAwardsActive: skillAwards(first: 1, status: ACTIVE) {
      totalCount
    }
    skillAwardsRevoked: skillAwards(first: 1, status: REVOKED) {
      totalCount
    }
    nominated: honours(first: 1, status: NOMINATED) {
      totalCount
    }
    approved: honours(first: 1, status: APPROVED) {
      totalCount
    }
    rejected: honours(first: 1, status: REJECTED) {
      totalCount
    }
    entitlements(first: 1) {
      totalCount
    }
    entitlementCounts {
      status
      count
    }
    budgets2025: budgets(year: 2025) {
      payer
      county {
        code
      }
      benefitGroup
      budget
      committed
      pending
      paid
    }
    budgets2026: budgets(year: 2026) {
      payer
      county {
        code
      }
      benefitGroup
      budget
    }
    publicityBatches(first: 20) {
      totalCount
      edges {
        node {
          id
          status
          lineCount
          lines {
            objections {
              id
              status
            }
          }
        }
      }
    }
    paymentBatches(first: 1) {
      totalCount
    }
    payableShares {
      payer
      count
      amount
    }
  }
`;
const counts = () => ok<Record<string, { totalCount: number }>>(COUNTS, {}, 'hrss');

let serial = 0;
/** A fresh value per call, so unique indexes never refuse an allowed call. */
const next = () => ++serial;
/**
 * The one enterprise of the demo data in 任城区 (370811), registered in beforeAll: it employs the people whose
 * certificates earn R1 entitlements, and makes their county share 任城区's.
 */
const employer = demo.organisations.find((o) => o.kind === 'ENTERPRISE' && o.countyCode === '370811')!;
let employerId: string;
/** A vocational college of the demo data, registered in beforeAll: the college a college prize (R14) names. */
const vocationalCollege = demo.organisations.find((o) => o.kind === 'VOCATIONAL_COLLEGE')!;
let collegeId: string;
/** The year of the last allowed compliance report per check (each allowed call takes the next; 2025–2029 suffice). */
const complianceYears: Record<string, number> = {};
/** Demo people and units not loaded anywhere here: real ID numbers and credit codes, each used once. */
const spareOrganisations = demo.organisations.filter((o) => o !== employer && o !== vocationalCollege);
let person = 0;
let unit = 0;
/** ID numbers for the employees made here: born on a day no demo person was, so none is taken twice. */
const demoIdNumbers = new Set(demo.people.map((p) => p.idNumber));
let resident = 0;
function nextResidentId(): string {
  for (;;) {
    const id = makeResidentId('370811', '1991-07-01', ++resident);
    if (!demoIdNumbers.has(id)) return id;
  }
}

/**
 * People registered in beforeAll for the calls that name one: writes are refused for a person the directory does not
 * know (PERSON_NOT_FOUND), and unique indexes (one honour per person, kind and year; one result per person and
 * competition) want a fresh one per call.
 */
const people: string[] = [];
/** Their ID numbers, for the imports that name people by ID number (a class roster). */
const idNumberOf = new Map<string, string>();
// The original cases took 260; the honours' steps 40 more, the studios' 120 more, the competitions' bulk and team
// results 100 more, the graduate hires' 40 more, the skill awards' 40 more; the county HRSS account (one more account
// calling every mutation that names a person) and the apprenticeships' cases 100 more, the roster imports' 20 more,
// and a margin.
const PEOPLE = 830;
function aPerson(): string {
  const id = people.shift();
  if (!id) throw new Error(`the ${PEOPLE} people registered for this test are used up: register more`);
  return id;
}

/**
 * Waits until finance has read every fact feed afresh and has no lag, so the grants that earlier allowed calls cause
 * (a studio funds its host) have landed before a refused call's counts are taken. A poll whose time is after now may
 * still have read the feed before the last call committed, so it waits for the poll after that one.
 */
async function factsSettled() {
  if (!unsettledWrites) return;
  const since = Date.now();
  const firstAfter = new Map<string, number>();
  await waitFor('finance to catch up with every fact feed', async () => {
    const { factFeedStatus } = await ok<{
      factFeedStatus: { source: string; position: string; head: string; lastPolledAt: string | null }[];
    }>(`{ factFeedStatus { source position head lastPolledAt } }`, {}, 'finance');
    let settled = true;
    for (const s of factFeedStatus) {
      const polled = s.lastPolledAt ? Date.parse(s.lastPolledAt) : 0;
      const first = firstAfter.get(s.source);
      if (first === undefined) {
        if (polled > since) firstAfter.set(s.source, polled);
        settled = false;
      } else if (!(polled > first && s.position === s.head)) {
        settled = false;
      }
    }
    return settled ? true : undefined;
  });
  unsettledWrites = false;
}

/** A check of the duty map: this duty, for this code. */
type DutyCheck = readonly [duty: Duty<string>, code: string];

interface MutationCase {
  /** The duty the mutation is checked against (its area's permission at the schema, the code in the resolver). */
  duty: Duty<string>;
  /** The GraphQL enum the code travels as, where it is one: only the codes the API accepts can be called. */
  codeEnum?: string;
  /**
   * The codes to call with, where not every code of the duty. A mutation checked by a permission alone (no
   * `requireDuty`) is called with one code of the duty whose area that permission guards (AREA_PERMISSIONS of the kit:
   * finance:manage is ENTITLEMENT's); a test below checks that every code of that duty allows the same departments, so
   * one says all. Each such case names the code it uses and why.
   */
  codes?: readonly string[];
  /**
   * Where a call for `code` is not checked against `duty` for `code`: the checks that let it through, any one of them
   * (a payment batch's payer: COUNTY by the county duty, CITY and UNION by the entitlement duty; a schema gate that
   * takes either of two permissions). Every answer still comes from the duty map.
   */
  checks?(code: string): readonly DutyCheck[];
  /**
   * What an allowed call answers where a live run cannot give it the state it needs to succeed (each case says why):
   * exactly this coded refusal — never FORBIDDEN: the permission checks before it have passed — and nothing written.
   */
  allowedRefusal?: { code: string; reason: string };
  /**
   * What must exist before the call (written as other accounts, before the counts are taken). `allowed` is what the
   * map says of the call: a refused call writes nothing (the counts prove it), so refused calls may share one state.
   */
  prepare?(code: string, username: string, allowed: boolean): Promise<string>;
  /** Calls the mutation as `username` for `code`; returns the answer. */
  call(code: string, username: string, prepared: string | undefined): Promise<GraphQLBody>;
}

/** The studio levels the city selects itself; the others are approved above (二(六)) and recorded from a document. */
const CITY_LEVEL = ['CITY'] as const;
const HIGHER_LEVELS = DUTIES.STUDIO.codes.filter((c) => c !== 'CITY');
/** Another account than `username` that holds the studio duty for `level`: the selector, for maker-checker. */
const studioSelectorFor = (username: string, level = 'CITY') =>
  DEV_ACCOUNTS.find((a) => a.username !== username && DUTIES.STUDIO.allows(a.department, level))!.username;
const STUDIO_STEP = (mutation: string, input: string) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { id status } }`;

/** A studio application at `level`, by an account that holds the duty. */
async function studioApplied(level: string): Promise<string> {
  const made = await ok<{ applyForStudio: { id: string } }>(
    STUDIO_STEP('applyForStudio', 'ApplyForStudioInput'),
    { input: { name: '职责测试技能大师工作室', level, leadId: aPerson(), hostId: employerId, trade: '焊工' } },
    studioSelectorFor('', level),
  );
  return made.applyForStudio.id;
}

/** A city studio brought as far as `until` by `selector` (who selects and publishes it). */
async function cityStudio(until: 'REVIEWED' | 'SELECTED' | 'IN_PUBLICITY', selector: string): Promise<string> {
  const id = await studioApplied('CITY');
  await ok(STUDIO_STEP('reviewStudio', 'ReviewStudioInput'), { input: { id, urgentFieldAttested: true } }, selector);
  if (until === 'REVIEWED') return id;
  await ok(STUDIO_STEP('selectStudio', 'SelectStudioInput'), { input: { id, level: 'CITY' } }, selector);
  if (until === 'SELECTED') return id;
  await ok(STUDIO_STEP('publishStudio', 'PublishStudioInput'), { input: { id } }, selector);
  return id;
}

/** An approved studio at `level`, recorded directly (createMasterStudio) by an account that holds the duty. */
async function studioApproved(level: string): Promise<string> {
  const made = await ok<{ createMasterStudio: { id: string } }>(
    `mutation ($input: CreateMasterStudioInput!) { createMasterStudio(input: $input) { id } }`,
    {
      input: {
        name: '职责测试技能大师工作室',
        level,
        leadId: aPerson(),
        hostId: employerId,
        trade: '焊工',
        approvedOn: '2025-06-01',
      },
    },
    studioSelectorFor('', level),
  );
  return made.createMasterStudio.id;
}

/** Refused calls write nothing, so they may share one prepared studio per mutation and code. */
const sharedStudio = new Map<string, Promise<string>>();
const prepareStudio =
  (key: string, make: (code: string, username: string) => Promise<string>) =>
  (code: string, username: string, allowed: boolean): Promise<string> => {
    if (allowed) return make(code, username);
    const k = `${key}:${code}`;
    let found = sharedStudio.get(k);
    if (!found) sharedStudio.set(k, (found = make(code, username)));
    return found;
  };

const studioCall =
  (mutation: string, input: string, fields: (id: string, code: string) => Record<string, unknown>) =>
  (code: string, username: string, id: string | undefined) =>
    gql(STUDIO_STEP(mutation, input), { input: { id, ...fields(id!, code) } }, tokens[username]!);

const STUDIO_CASES: Record<string, MutationCase> = {
  applyForStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    call: (level, username) =>
      gql(
        STUDIO_STEP('applyForStudio', 'ApplyForStudioInput'),
        { input: { name: '职责测试技能大师工作室', level, leadId: aPerson(), hostId: employerId, trade: '焊工' } },
        tokens[username]!,
      ),
  },
  reviewStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    prepare: prepareStudio('review', (level) => studioApplied(level)),
    call: studioCall('reviewStudio', 'ReviewStudioInput', () => ({ urgentFieldAttested: true })),
  },
  rejectStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    prepare: prepareStudio('reject', (level) => studioApplied(level)),
    call: studioCall('rejectStudio', 'StudioReasonInput', () => ({ reason: '职责测试：材料不全' })),
  },
  selectStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    // The city selects city-level studios only; the other levels are approved above (recordHigherStudioApproval).
    codes: CITY_LEVEL,
    prepare: prepareStudio('select', (_level, username) => cityStudio('REVIEWED', studioSelectorFor(username))),
    call: studioCall('selectStudio', 'SelectStudioInput', (_id, level) => ({ level })),
  },
  publishStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    codes: CITY_LEVEL,
    prepare: prepareStudio('publish', (_level, username) => cityStudio('SELECTED', studioSelectorFor(username))),
    call: studioCall('publishStudio', 'PublishStudioInput', () => ({})),
  },
  objectToStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    codes: CITY_LEVEL,
    prepare: prepareStudio('object', (_level, username) => cityStudio('IN_PUBLICITY', studioSelectorFor(username))),
    call: studioCall('objectToStudio', 'ObjectToStudioInput', () => ({ content: '职责测试：来信异议' })),
  },
  approveStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    codes: CITY_LEVEL,
    // Published just now by another account: its window is open, so the allowed approver meets only the window.
    allowedRefusal: { code: 'CONFLICT', reason: 'PUBLICITY_NOT_ENDED' },
    prepare: prepareStudio('approve', (_level, username) => cityStudio('IN_PUBLICITY', studioSelectorFor(username))),
    call: studioCall('approveStudio', 'StudioNoteInput', () => ({})),
  },
  recordHigherStudioApproval: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    // National and provincial approvals: a city studio is selected by the city, not recorded from a document.
    codes: HIGHER_LEVELS,
    call: (level, username) =>
      gql(
        STUDIO_STEP('recordHigherStudioApproval', 'RecordHigherStudioApprovalInput'),
        {
          input: {
            name: '职责测试工作站',
            level,
            leadId: aPerson(),
            hostId: employerId,
            trade: '焊工',
            documentNo: `职责测试〔2025〕${next()}号`,
            documentDate: '2025-10-01',
          },
        },
        tokens[username]!,
      ),
  },
  upgradeStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    // The level upgraded to: the city level is the lowest, never an upgrade.
    codes: HIGHER_LEVELS,
    prepare: prepareStudio('upgrade', () => studioApproved('CITY')),
    call: studioCall('upgradeStudio', 'UpgradeStudioInput', (_id, level) => ({
      level,
      documentNo: `职责测试〔2025〕${next()}号`,
      documentDate: '2025-10-01',
    })),
  },
  recordStudioAssessment: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    prepare: prepareStudio('assess', (level) => studioApproved(level)),
    call: studioCall('recordStudioAssessment', 'RecordStudioAssessmentInput', () => ({ year: 2025, result: 'PASS' })),
  },
  suspendStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    prepare: prepareStudio('suspend', (level) => studioApproved(level)),
    call: studioCall('suspendStudio', 'StudioReasonInput', () => ({ reason: '职责测试：限期整改' })),
  },
  resumeStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    prepare: prepareStudio('resume', async (level) => {
      const id = await studioApproved(level);
      await ok(
        STUDIO_STEP('suspendStudio', 'StudioReasonInput'),
        { input: { id, reason: '职责测试：限期整改' } },
        studioSelectorFor('', level),
      );
      return id;
    }),
    call: studioCall('resumeStudio', 'StudioNoteInput', () => ({})),
  },
  revokeStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    prepare: prepareStudio('revoke', (level) => studioApproved(level)),
    call: studioCall('revokeStudio', 'StudioReasonInput', () => ({ reason: '职责测试：弄虚作假' })),
  },
};

/** Another account than `username` that holds the craftsman college duty (二(六): the union's), for maker-checker. */
const collegeClerkFor = (username: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== username && DUTIES.CRAFTSMAN_COLLEGE.allows(a.department, 'CITY'))!.username;
const COLLEGE_STEP = (mutation: string, input: string) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { id status } }`;
const collegeApplication = () => ({ name: `职责测试工匠学院${next()}`, hostId: employerId, foundedOn: '2025-06-01' });

/**
 * A college brought as far as `until`: applied for and reviewed by `reviewer`, approved by another union account.
 * Refused calls write nothing, so they share one prepared college per step (prepareStudio's map).
 */
async function collegeAt(until: 'APPLIED' | 'REVIEWED' | 'APPROVED', reviewer: string): Promise<string> {
  const made = await ok<{ applyForCraftsmanCollege: { id: string } }>(
    COLLEGE_STEP('applyForCraftsmanCollege', 'ApplyForCraftsmanCollegeInput'),
    { input: collegeApplication() },
    reviewer,
  );
  const id = made.applyForCraftsmanCollege.id;
  if (until === 'APPLIED') return id;
  await ok(COLLEGE_STEP('reviewCraftsmanCollege', 'CraftsmanCollegeNoteInput'), { input: { id } }, reviewer);
  if (until === 'REVIEWED') return id;
  await ok(
    COLLEGE_STEP('approveCraftsmanCollege', 'CraftsmanCollegeNoteInput'),
    { input: { id } },
    collegeClerkFor(reviewer),
  );
  return id;
}
const collegeCall =
  (mutation: string, input: string, fields: Record<string, unknown> = {}) =>
  (_code: string, username: string, id: string | undefined) =>
    gql(COLLEGE_STEP(mutation, input), { input: { id, ...fields } }, tokens[username]!);

/** 二(六) 工匠学院: the duty's one code is CITY (市级), the only level the text funds. */
const COLLEGE_CASES: Record<string, MutationCase> = {
  applyForCraftsmanCollege: {
    duty: DUTIES.CRAFTSMAN_COLLEGE,
    call: (_code, username) =>
      gql(
        COLLEGE_STEP('applyForCraftsmanCollege', 'ApplyForCraftsmanCollegeInput'),
        { input: collegeApplication() },
        tokens[username]!,
      ),
  },
  reviewCraftsmanCollege: {
    duty: DUTIES.CRAFTSMAN_COLLEGE,
    prepare: prepareStudio('college-review', () => collegeAt('APPLIED', collegeClerkFor(''))),
    call: collegeCall('reviewCraftsmanCollege', 'CraftsmanCollegeNoteInput'),
  },
  rejectCraftsmanCollege: {
    duty: DUTIES.CRAFTSMAN_COLLEGE,
    prepare: prepareStudio('college-reject', () => collegeAt('REVIEWED', collegeClerkFor(''))),
    call: collegeCall('rejectCraftsmanCollege', 'CraftsmanCollegeReasonInput', { reason: '职责测试：材料不全' }),
  },
  approveCraftsmanCollege: {
    duty: DUTIES.CRAFTSMAN_COLLEGE,
    // Reviewed by another union account than the caller: the allowed approver meets no maker-checker refusal.
    prepare: prepareStudio('college-approve', (_code, username) => collegeAt('REVIEWED', collegeClerkFor(username))),
    call: collegeCall('approveCraftsmanCollege', 'CraftsmanCollegeNoteInput'),
  },
  revokeCraftsmanCollege: {
    duty: DUTIES.CRAFTSMAN_COLLEGE,
    prepare: prepareStudio('college-revoke', () => collegeAt('APPROVED', collegeClerkFor(''))),
    call: collegeCall('revokeCraftsmanCollege', 'CraftsmanCollegeReasonInput', { reason: '职责测试：弄虚作假' }),
  },
};

/** Another account than `username` that holds the graduate hiring duty for `programme` (maker-checker). */
const graduateRecorderFor = (username: string, programme: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== username && DUTIES.GRADUATE_HIRING.allows(a.department, programme))!.username;
const GRADUATE_STEP = (mutation: string, input: string) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { id status years { id yearNumber status } } }`;

/** A hire of a fresh graduate by the employer (the school too: any unit the directory knows). */
async function graduateHired(programme: string, recorder: string): Promise<string> {
  const made = await ok<{ recordGraduateHire: { id: string } }>(
    GRADUATE_STEP('recordGraduateHire', 'RecordGraduateHireInput'),
    {
      input: {
        personId: aPerson(),
        employerId,
        schoolId: employerId,
        programme,
        fullTimeProgramme: true,
        graduatedOn: '2025-06-30',
        hiredOn: '2025-07-01',
        fullTimeContract: true,
      },
    },
    recorder,
  );
  return made.recordGraduateHire.id;
}

/** A hire with year 1 recorded by `recorder`: returns the year's id, for another account to confirm. */
async function graduateYearRecorded(programme: string, recorder: string): Promise<string> {
  const hireId = await graduateHired(programme, recorder);
  const done = await ok<{ recordGraduateInsuredYear: { years: { id: string }[] } }>(
    GRADUATE_STEP('recordGraduateInsuredYear', 'RecordGraduateInsuredYearInput'),
    { input: { hireId, yearNumber: 1, evidence: '职责测试：社保缴费记录' } },
    recorder,
  );
  return done.recordGraduateInsuredYear.years[0]!.id;
}

/** Another account than `username` that records apprenticeship agreements (maker-checker on their years). */
const apprenticeshipRecorderFor = (username: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== username && DUTIES.APPRENTICESHIP.allows(a.department, 'AGREEMENT'))!
    .username;
const APPRENTICESHIP_STEP = (mutation: string, input: string) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { id status years { id yearNumber status } } }`;
/** The county HRSS of the employer's county (任城区), the only one who sets its rate. */
const countyHrss = () =>
  DEV_ACCOUNTS.find((a) => DUTIES.APPRENTICESHIP.allows(a.department, 'COUNTY_RATE') && a.countyCode === '370811')!
    .username;
const RATE = /* GraphQL */ `
  mutation ($input: SetApprenticeshipRateInput!) {
    setApprenticeshipRate(input: $input) {
      id
    }
  }
`;
/** 任城区's rate from the policy's start, for the confirmations (a year takes the rate in force on its first day). */
const rateSet = () =>
  shared('apprenticeship-rate', async () => {
    await ok(RATE, { input: { effectiveFrom: '2025-01-01', rateFen: 500_000 } }, countyHrss());
    return '2025-01-01';
  });
const agreementInput = () => ({
  enterpriseId: employerId,
  apprenticeId: aPerson(),
  collegeId: employerId,
  trade: '数控车工',
  startedOn: '2025-01-01',
  endsOn: '2026-12-31',
  newType: true,
});

/** An agreement of the employer (任城区) with a fresh apprentice, recorded by `recorder`. */
async function apprenticeshipRecorded(recorder: string): Promise<string> {
  const made = await ok<{ recordApprenticeship: { id: string } }>(
    APPRENTICESHIP_STEP('recordApprenticeship', 'RecordApprenticeshipInput'),
    { input: agreementInput() },
    recorder,
  );
  return made.recordApprenticeship.id;
}

/** An agreement with year 1 (2025, over) recorded by `recorder`: returns the year's id, for another to confirm. */
async function apprenticeshipYearRecorded(recorder: string): Promise<string> {
  const apprenticeshipId = await apprenticeshipRecorded(recorder);
  const done = await ok<{ recordApprenticeshipYear: { years: { id: string }[] } }>(
    APPRENTICESHIP_STEP('recordApprenticeshipYear', 'RecordApprenticeshipYearInput'),
    { input: { apprenticeshipId, yearNumber: 1, evidence: '职责测试：考核记录' } },
    recorder,
  );
  return done.recordApprenticeshipYear.years[0]!.id;
}

/** A rate date of its own per allowed call (one setting per county and date), after every year confirmed here. */
const rateDate = () => {
  const d = new Date(Date.UTC(2028, 0, 1 + next()));
  return d.toISOString().slice(0, 10);
};

/**
 * 二(二): agreements by HRSS and the county HRSS (of the employer's county: the demo enterprise is in 任城区), the rate
 * by the county HRSS alone. Each allowed call on its own agreement; refused calls share one per mutation.
 */
const APPRENTICESHIP_CASES: Record<string, MutationCase> = {
  setApprenticeshipRate: {
    duty: DUTIES.APPRENTICESHIP,
    codes: ['COUNTY_RATE'],
    call: (_code, username) => gql(RATE, { input: { effectiveFrom: rateDate(), rateFen: 500_000 } }, tokens[username]!),
  },
  recordApprenticeship: {
    duty: DUTIES.APPRENTICESHIP,
    codes: ['AGREEMENT'],
    call: (_code, username) =>
      gql(
        APPRENTICESHIP_STEP('recordApprenticeship', 'RecordApprenticeshipInput'),
        { input: agreementInput() },
        tokens[username]!,
      ),
  },
  recordApprenticeshipYear: {
    duty: DUTIES.APPRENTICESHIP,
    codes: ['AGREEMENT'],
    prepare: (_code, username, allowed) =>
      allowed
        ? apprenticeshipRecorded(apprenticeshipRecorderFor(username))
        : shared('apprenticeship', () => apprenticeshipRecorded(apprenticeshipRecorderFor(''))),
    call: (_code, username, apprenticeshipId) =>
      gql(
        APPRENTICESHIP_STEP('recordApprenticeshipYear', 'RecordApprenticeshipYearInput'),
        { input: { apprenticeshipId, yearNumber: 1, evidence: '职责测试：考核记录' } },
        tokens[username]!,
      ),
  },
  confirmApprenticeshipYear: {
    duty: DUTIES.APPRENTICESHIP,
    codes: ['AGREEMENT'],
    // A year recorded by another account than the caller (maker-checker), in a county with its rate set.
    prepare: async (_code, username, allowed) => {
      await rateSet();
      return allowed
        ? apprenticeshipYearRecorded(apprenticeshipRecorderFor(username))
        : shared('apprenticeship-year', () => apprenticeshipYearRecorded(apprenticeshipRecorderFor('')));
    },
    call: (_code, username, id) =>
      gql(
        APPRENTICESHIP_STEP('confirmApprenticeshipYear', 'ConfirmApprenticeshipYearInput'),
        { input: { id } },
        tokens[username]!,
      ),
  },
  revokeApprenticeship: {
    duty: DUTIES.APPRENTICESHIP,
    codes: ['AGREEMENT'],
    prepare: (_code, username, allowed) =>
      allowed
        ? apprenticeshipRecorded(apprenticeshipRecorderFor(username))
        : shared('apprenticeship-revoke', () => apprenticeshipRecorded(apprenticeshipRecorderFor(''))),
    call: (_code, username, id) =>
      gql(
        APPRENTICESHIP_STEP('revokeApprenticeship', 'RevokeApprenticeshipInput'),
        { input: { id, reason: '职责测试：协议未履行' } },
        tokens[username]!,
      ),
  },
};

const TRAINING_LINE = `mutation ($input: CreateTrainingCatalogueLineInput!) {
  createTrainingCatalogueLine(input: $input) { id code }
}`;
const trainingLineInput = () => ({
  code: `职责测试-${next()}`,
  nameZh: '职责测试电工（初级）',
  programme: 'VOCATIONAL_SKILLS',
  amountFen: 150_000,
  split: [
    { payer: 'CITY', parts: 1 },
    { payer: 'COUNTY', parts: 1 },
  ],
  validFrom: '2025-01-01',
  requiresCertificate: false,
  source: '职责测试文件',
});
/** The one HRSS-type account that keeps the catalogue and records classes (the duty's holder). */
const trainingKeeper = () =>
  DEV_ACCOUNTS.find((a) => DUTIES.SUBSIDISED_TRAINING.allows(a.department, 'CLASS'))!.username;
/** A catalogue line made by the keeper: its id and code. */
async function trainingLine(): Promise<{ id: string; code: string }> {
  const made = await ok<{ createTrainingCatalogueLine: { id: string; code: string } }>(
    TRAINING_LINE,
    { input: trainingLineInput() },
    trainingKeeper(),
  );
  return made.createTrainingCatalogueLine;
}
const TRAINING_CLASS = `mutation ($input: CreateTrainingClassInput!) { createTrainingClass(input: $input) { id } }`;
const trainingClassInput = (catalogueCode: string) => ({
  name: `职责测试培训班 ${next()}`,
  providerId: employerId,
  catalogueCode,
  startsOn: '2025-05-01',
  endsOn: '2025-06-30',
});
/** A class on a shared line, made by the keeper. */
async function trainingClass(): Promise<string> {
  const code = await shared('training-line', async () => (await trainingLine()).code);
  const made = await ok<{ createTrainingClass: { id: string } }>(
    TRAINING_CLASS,
    { input: trainingClassInput(code) },
    trainingKeeper(),
  );
  return made.createTrainingClass.id;
}

/**
 * 一 the targets' statistics (DUTY_TARGETS_HRSS): T1's employed population and T3's standing, HRSS's. Each allowed call
 * records a figure or a note of its own (the same one sent again is recorded once, writing nothing new).
 */
const TARGET_CASES: Record<string, MutationCase> = {
  recordEmployedPopulation: {
    duty: DUTIES.TARGET,
    codes: ['EMPLOYED_POPULATION'],
    call: (_code, username) =>
      gql(
        `mutation ($input: RecordEmployedPopulationInput!) { recordEmployedPopulation(input: $input) { id } }`,
        { input: { year: 2026, value: 1_000_000 + next(), source: '职责测试统计公报', publishedOn: '2026-03-01' } },
        tokens[username]!,
      ),
  },
  assessTarget: {
    duty: DUTIES.TARGET,
    codes: ['QUALITATIVE_ASSESSMENT'],
    call: (_code, username) =>
      gql(
        `mutation ($input: AssessTargetInput!) { assessTarget(input: $input) }`,
        { input: { targetId: 'T3', year: 2026, status: 'ON_TRACK', note: `职责测试评估 ${next()}` } },
        tokens[username]!,
      ),
  },
};

/** One trainee's completion of a fresh class, imported by the keeper: returns its id (for a revocation). */
async function trainingCompletion(): Promise<string> {
  const classId = await trainingClass();
  const personId = aPerson();
  const made = await ok<{ importTrainingRoster: { rows: { completionId: string | null }[] } }>(
    `mutation ($input: ImportTrainingRosterInput!) { importTrainingRoster(input: $input) { rows { completionId } } }`,
    {
      input: {
        classId,
        mode: 'ALL_OR_NOTHING',
        rows: [
          {
            idNumber: idNumberOf.get(personId),
            completedOn: '2025-06-30',
            wantsEmployment: true,
            certificateObtained: true,
          },
        ],
      },
    },
    trainingKeeper(),
  );
  return made.importTrainingRoster.rows[0]!.completionId!;
}

/** 二(五): the catalogue and the classes with their rosters, HRSS's (the lead). Refused calls share one state. */
const SUBSIDISED_TRAINING_CASES: Record<string, MutationCase> = {
  createTrainingCatalogueLine: {
    duty: DUTIES.SUBSIDISED_TRAINING,
    codes: ['CATALOGUE'],
    call: (_code, username) => gql(TRAINING_LINE, { input: trainingLineInput() }, tokens[username]!),
  },
  supersedeTrainingCatalogueLine: {
    duty: DUTIES.SUBSIDISED_TRAINING,
    codes: ['CATALOGUE'],
    prepare: async (_code, _username, allowed) =>
      allowed ? (await trainingLine()).id : shared('training-line-superseded', async () => (await trainingLine()).id),
    call: (_code, username, id) =>
      gql(
        `mutation ($input: SupersedeTrainingCatalogueLineInput!) { supersedeTrainingCatalogueLine(input: $input) { id } }`,
        { input: { id, validFrom: '2026-01-01', amountFen: 180_000, source: '职责测试文件（调整）' } },
        tokens[username]!,
      ),
  },
  createTrainingClass: {
    duty: DUTIES.SUBSIDISED_TRAINING,
    codes: ['CLASS'],
    prepare: () => shared('training-line', async () => (await trainingLine()).code),
    call: (_code, username, catalogueCode) =>
      gql(TRAINING_CLASS, { input: trainingClassInput(catalogueCode!) }, tokens[username]!),
  },
  importTrainingRoster: {
    duty: DUTIES.SUBSIDISED_TRAINING,
    codes: ['CLASS'],
    prepare: (_code, _username, allowed) => (allowed ? trainingClass() : shared('training-class', trainingClass)),
    call: (_code, username, classId) => {
      const personId = aPerson();
      return gql(
        `mutation ($input: ImportTrainingRosterInput!) { importTrainingRoster(input: $input) { written errorCount } }`,
        {
          input: {
            classId,
            mode: 'ALL_OR_NOTHING',
            rows: [
              {
                idNumber: idNumberOf.get(personId),
                completedOn: '2025-06-30',
                wantsEmployment: true,
                certificateObtained: true,
              },
            ],
          },
        },
        tokens[username]!,
      );
    },
  },
  revokeTrainingCompletion: {
    duty: DUTIES.SUBSIDISED_TRAINING,
    codes: ['CLASS'],
    prepare: (_code, _username, allowed) =>
      allowed ? trainingCompletion() : shared('training-completion', trainingCompletion),
    call: (_code, username, id) =>
      gql(
        `mutation ($input: RevokeTrainingCompletionInput!) { revokeTrainingCompletion(input: $input) { id revoked } }`,
        { input: { id, reason: '职责测试：学员未实际参训' } },
        tokens[username]!,
      ),
  },
};

/** Another account than `username` that handles order-class reports (maker-checker on their confirmation). */
const orderClassRecorderFor = (username: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== username && DUTIES.ORDER_CLASS.allows(a.department, 'HIRING_REPORT'))!
    .username;
const ORDER_CLASS_STEP = (mutation: string, input: string) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { id status } }`;

/**
 * A demo enterprise registered now, for a report of its own: one report per enterprise and year, so each allowed
 * submission takes a fresh one (from the spare units, which createOrganisation takes in turn too).
 */
async function orderClassEnterprise(): Promise<string> {
  for (;;) {
    const o = spareOrganisations[unit++]!;
    if (o.kind !== 'ENTERPRISE') continue;
    const made = await ok<{ createOrganisation: { id: string } }>(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      { input: { name: o.name, kind: o.kind, creditCode: o.creditCode, countyCode: o.countyCode } },
      'hrss',
    );
    return made.createOrganisation.id;
  }
}
const orderClassReport = (enterpriseId: string) => ({
  enterpriseId,
  year: 2025,
  keyEnterpriseOrProject: true,
  keyEvidence: '职责测试：重点企业名单',
  hires: [],
});
/** A report of a fresh enterprise submitted by `recorder`. */
async function orderClassSubmitted(recorder: string): Promise<string> {
  const made = await ok<{ submitOrderClassHiringReport: { id: string } }>(
    ORDER_CLASS_STEP('submitOrderClassHiringReport', 'SubmitOrderClassHiringReportInput'),
    { input: orderClassReport(await orderClassEnterprise()) },
    recorder,
  );
  return made.submitOrderClassHiringReport.id;
}
const orderClassPrepared = (name: string) => (_code: string, username: string, allowed: boolean) =>
  allowed
    ? orderClassSubmitted(orderClassRecorderFor(username))
    : shared(`order-class-${name}`, () => orderClassSubmitted(orderClassRecorderFor('')));

/** 二(四) R5: agreements and reports by HRSS, the lead; each allowed call on its own report. */
const ORDER_CLASS_CASES: Record<string, MutationCase> = {
  recordOrderClassAgreement: {
    duty: DUTIES.ORDER_CLASS,
    codes: ['AGREEMENT'],
    call: (_code, username) =>
      gql(
        `mutation ($input: RecordOrderClassAgreementInput!) { recordOrderClassAgreement(input: $input) { id } }`,
        {
          input: {
            enterpriseId: employerId,
            collegeId,
            className: `职责测试订单班 ${next()}`,
            programme: 'SENIOR_CLASS',
            contractYears: 3,
            startedOn: '2024-09-01',
            cityCollege: true,
          },
        },
        tokens[username]!,
      ),
  },
  submitOrderClassHiringReport: {
    duty: DUTIES.ORDER_CLASS,
    codes: ['HIRING_REPORT'],
    // An enterprise of its own per allowed call (one report per enterprise and year); a refused call writes nothing.
    prepare: (_code, _username, allowed) => (allowed ? orderClassEnterprise() : Promise.resolve(employerId)),
    call: (_code, username, enterpriseId) =>
      gql(
        ORDER_CLASS_STEP('submitOrderClassHiringReport', 'SubmitOrderClassHiringReportInput'),
        { input: orderClassReport(enterpriseId!) },
        tokens[username]!,
      ),
  },
  correctOrderClassHiringReport: {
    duty: DUTIES.ORDER_CLASS,
    codes: ['HIRING_REPORT'],
    prepare: orderClassPrepared('correct'),
    call: (_code, username, id) =>
      gql(
        ORDER_CLASS_STEP('correctOrderClassHiringReport', 'CorrectOrderClassHiringReportInput'),
        {
          input: {
            id,
            keyEnterpriseOrProject: false,
            hires: [],
            reason: '职责测试：更正重点企业认定',
          },
        },
        tokens[username]!,
      ),
  },
  confirmOrderClassHiringReport: {
    duty: DUTIES.ORDER_CLASS,
    codes: ['HIRING_REPORT'],
    // Submitted by another account than the caller (maker-checker).
    prepare: orderClassPrepared('confirm'),
    call: (_code, username, id) =>
      gql(
        ORDER_CLASS_STEP('confirmOrderClassHiringReport', 'ConfirmOrderClassHiringReportInput'),
        { input: { id } },
        tokens[username]!,
      ),
  },
  revokeOrderClassHiringReport: {
    duty: DUTIES.ORDER_CLASS,
    codes: ['HIRING_REPORT'],
    prepare: orderClassPrepared('revoke'),
    call: (_code, username, id) =>
      gql(
        ORDER_CLASS_STEP('revokeOrderClassHiringReport', 'RevokeOrderClassHiringReportInput'),
        { input: { id, reason: '职责测试：企业撤回' } },
        tokens[username]!,
      ),
  },
};

/** 三(九): each allowed call on its own hire; refused calls share one per mutation and class (they write nothing). */
const GRADUATE_CASES: Record<string, MutationCase> = {
  recordGraduateHire: {
    codeEnum: 'GraduateClass',
    duty: DUTIES.GRADUATE_HIRING,
    call: (programme, username) =>
      gql(
        GRADUATE_STEP('recordGraduateHire', 'RecordGraduateHireInput'),
        {
          input: {
            personId: aPerson(),
            employerId,
            schoolId: employerId,
            programme,
            fullTimeProgramme: true,
            graduatedOn: '2025-06-30',
            hiredOn: '2025-07-01',
            fullTimeContract: true,
          },
        },
        tokens[username]!,
      ),
  },
  recordGraduateInsuredYear: {
    codeEnum: 'GraduateClass',
    duty: DUTIES.GRADUATE_HIRING,
    prepare: (programme, username, allowed) =>
      allowed
        ? graduateHired(programme, graduateRecorderFor(username, programme))
        : shared(`graduate-hire-${programme}`, () => graduateHired(programme, graduateRecorderFor('', programme))),
    call: (_programme, username, hireId) =>
      gql(
        GRADUATE_STEP('recordGraduateInsuredYear', 'RecordGraduateInsuredYearInput'),
        { input: { hireId, yearNumber: 1, evidence: '职责测试：社保缴费记录' } },
        tokens[username]!,
      ),
  },
  confirmGraduateInsuredYear: {
    codeEnum: 'GraduateClass',
    duty: DUTIES.GRADUATE_HIRING,
    // A year recorded by another account than the caller (maker-checker).
    prepare: (programme, username, allowed) =>
      allowed
        ? graduateYearRecorded(programme, graduateRecorderFor(username, programme))
        : shared(`graduate-year-${programme}`, () =>
            graduateYearRecorded(programme, graduateRecorderFor('', programme)),
          ),
    call: (_programme, username, id) =>
      gql(
        GRADUATE_STEP('confirmGraduateInsuredYear', 'ConfirmGraduateInsuredYearInput'),
        { input: { id } },
        tokens[username]!,
      ),
  },
  revokeGraduateHire: {
    codeEnum: 'GraduateClass',
    duty: DUTIES.GRADUATE_HIRING,
    prepare: (programme, username, allowed) =>
      allowed
        ? graduateHired(programme, graduateRecorderFor(username, programme))
        : shared(`graduate-hire-${programme}`, () => graduateHired(programme, graduateRecorderFor('', programme))),
    call: (_programme, username, id) =>
      gql(
        GRADUATE_STEP('revokeGraduateHire', 'RevokeGraduateHireInput'),
        { input: { id, reason: '职责测试：登记有误' } },
        tokens[username]!,
      ),
  },
};

/** Another account than `username` that records college prizes of `tier` (三(九) R14). */
const prizeRecorderFor = (username: string, tier: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== username && DUTIES.COLLEGE_PRIZE.allows(a.department, tier))!.username;
const PRIZE_STEP = (mutation: string, input: string) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { id status } }`;
/** A fresh entry's prize at `tier`, so the one-live-record index never refuses an allowed call. */
const prizeInput = (tier: string) => {
  const n = next();
  return {
    collegeId,
    eventName: '职责测试职业院校技能大赛',
    eventKey: 'DUTIES',
    entryName: `职责测试赛项 ${n}`,
    entryKey: `E-${n}`,
    tier,
    stage: 'FINAL',
    prize: 1,
    documentNo: `职责测试〔2026〕${n}号`,
    awardedOn: '2026-06-30',
  };
};
async function prizeRecorded(tier: string, recorder: string): Promise<string> {
  const made = await ok<{ recordCollegePrize: { id: string } }>(
    PRIZE_STEP('recordCollegePrize', 'RecordCollegePrizeInput'),
    { input: prizeInput(tier) },
    recorder,
  );
  return made.recordCollegePrize.id;
}

const skillAwardRecorderFor = (username: string, award: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== username && DUTIES.SKILL_AWARD.allows(a.department, award))!.username;
const skillAwardInput = (award: string) => ({
  award,
  personId: aPerson(),
  awardedOn: '2026-06-30',
  documentNo: `职责测试〔2026〕${next()}号`,
  route: 'CULTIVATED',
  unitId: employerId,
});
async function skillAwardRecorded(award: string, recorder: string): Promise<string> {
  const made = await ok<{ recordSkillAward: { id: string } }>(
    PRIZE_STEP('recordSkillAward', 'RecordSkillAwardInput'),
    { input: skillAwardInput(award) },
    recorder,
  );
  return made.recordSkillAward.id;
}

/**
 * 三(九)'s awards: R14 prizes by tier (WORLD and NATIONAL, the duty's codes: the API's tier enum has more, which the
 * resolver refuses as TIER_NOT_COVERED before any duty), R10–R13 awards by kind. Each allowed call on its own record;
 * refused calls share one per mutation and code.
 */
const AWARD_CASES: Record<string, MutationCase> = {
  recordCollegePrize: {
    duty: DUTIES.COLLEGE_PRIZE,
    call: (tier, username) =>
      gql(PRIZE_STEP('recordCollegePrize', 'RecordCollegePrizeInput'), { input: prizeInput(tier) }, tokens[username]!),
  },
  revokeCollegePrize: {
    duty: DUTIES.COLLEGE_PRIZE,
    prepare: (tier, username, allowed) =>
      allowed
        ? prizeRecorded(tier, prizeRecorderFor(username, tier))
        : shared(`college-prize-${tier}`, () => prizeRecorded(tier, prizeRecorderFor('', tier))),
    call: (_tier, username, id) =>
      gql(
        PRIZE_STEP('revokeCollegePrize', 'RevokeCollegePrizeInput'),
        { input: { id, reason: '职责测试：登记有误' } },
        tokens[username]!,
      ),
  },
  recordSkillAward: {
    codeEnum: 'SkillAwardKind',
    duty: DUTIES.SKILL_AWARD,
    call: (award, username) =>
      gql(
        PRIZE_STEP('recordSkillAward', 'RecordSkillAwardInput'),
        { input: skillAwardInput(award) },
        tokens[username]!,
      ),
  },
  revokeSkillAward: {
    codeEnum: 'SkillAwardKind',
    duty: DUTIES.SKILL_AWARD,
    prepare: (award, username, allowed) =>
      allowed
        ? skillAwardRecorded(award, skillAwardRecorderFor(username, award))
        : shared(`skill-award-${award}`, () => skillAwardRecorded(award, skillAwardRecorderFor('', award))),
    call: (_award, username, id) =>
      gql(
        PRIZE_STEP('revokeSkillAward', 'RevokeSkillAwardInput'),
        { input: { id, reason: '职责测试：登记有误' } },
        tokens[username]!,
      ),
  },
};

/** A nominator for a decision by `decider`: another account that may nominate `kind` (maker-checker). */
/** An attestation that makes a 首席技师 nomination eligible (harmless for the other kinds). */
const ATTESTATION = { attestedBy: '济宁市重点产业企业', attestation: '一线技能领军人才' };

/**
 * Evidence that makes a nomination of `kind` for `personId` eligible: the attestation, and for the kinds the rules
 * want a competition result for (技能状元, 技术能手) a real result of that person in the city category-1 competition
 * (awards takes the person and the tier from competitions, so a made-up result id is refused), recorded by HRSS.
 */
async function honourEvidence(kind: string, personId: string): Promise<Record<string, string>> {
  const wantsResult = honourEligibilityRefusal(kind as HonourKind, ATTESTATION, 2026)?.field === 'competitionResultId';
  if (!wantsResult) return ATTESTATION;
  const { recordCompetitionResult } = await ok<{ recordCompetitionResult: { id: string } }>(
    `mutation ($input: RecordCompetitionResultInput!) { recordCompetitionResult(input: $input) { id } }`,
    { input: { competitionId: competitionOfTier.CITY_CATEGORY_1, personId, rank: 1 } },
    'hrss',
  );
  return { ...ATTESTATION, competitionResultId: recordCompetitionResult.id };
}

/**
 * An honour of `kind` nominated by `nominator` (another account than the callers that decide it), brought to
 * `stage`: scored by one expert (REVIEWED), then published for the default window (IN_PUBLICITY).
 */
async function honourAt(kind: string, nominator: string, stage: 'NOMINATED' | 'REVIEWED' | 'IN_PUBLICITY') {
  const personId = aPerson();
  const { nominateHonour } = await ok<{ nominateHonour: { id: string } }>(
    `mutation ($input: NominateHonourInput!) { nominateHonour(input: $input) { id } }`,
    { input: { kind, year: 2028, personId, ...(await honourEvidence(kind, personId)) } },
    nominator,
  );
  const id = nominateHonour.id;
  if (stage === 'NOMINATED') return id;
  await ok(
    `mutation ($input: ScoreHonourInput!) { scoreHonour(input: $input) { id } }`,
    { input: { honourId: id, expertName: `职责测试专家${next()}`, score: 80 } },
    nominator,
  );
  if (stage === 'REVIEWED') return id;
  await ok(
    `mutation ($input: PublishHonoursInput!) { publishHonours(input: $input) { id } }`,
    { input: { honourIds: [id] } },
    nominator,
  );
  return id;
}

/** An open objection to the shared published honour of `kind` (nominated by `nominator`); returns its id. */
async function openHonourObjection(kind: string, nominator: string) {
  const honourId = await shared(`honour-published-${kind}-${nominator}`, () =>
    honourAt(kind, nominator, 'IN_PUBLICITY'),
  );
  const { recordHonourObjection } = await ok<{
    recordHonourObjection: { objections: { id: string; status: string }[] };
  }>(
    `mutation ($input: RecordHonourObjectionInput!) { recordHonourObjection(input: $input) { objections { id status } } }`,
    { input: { honourId, text: `职责测试异议 ${next()}` } },
    nominator,
  );
  return recordHonourObjection.objections.filter((o) => o.status === 'OPEN').at(-1)!.id;
}

const nominatorFor = (kind: string, decider: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== decider && DUTIES.HONOUR.allows(a.department, kind))!.username;

/**
 * The rule of every entitlement made here: certificates are the one fact finance computes entitlements from (R1,
 * 二(二)), so R1 is the code of the entitlement duty the finance cases use.
 */
const RULE = 'R1';
/** Another Finance account than `username` that holds the entitlement duty: the reviewer for its approval. */
const reviewerFor = (username: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== username && DUTIES.ENTITLEMENT.allows(a.department, RULE))!.username;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * A CALCULATED R1 entitlement, made the way they are made: HRSS registers an employee of the 任城区 enterprise and
 * records a 技师 (TECHNICIAN) certificate; finance's consumer reads the fact and computes the entitlement, with a
 * CITY and a 任城区 share.
 */
async function freshEntitlement(): Promise<string> {
  const made = await ok<{ createPerson: { id: string } }>(
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    { input: { name: '职责测试技师', idNumber: nextResidentId(), countyCode: '370811', employerId } },
    'hrss',
  );
  const personId = made.createPerson.id;
  await ok(
    `mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`,
    {
      input: {
        personId,
        level: 'TECHNICIAN',
        occupation: '电工',
        issuerId: employerId,
        issuedOn: '2025-10-01',
        route: 'SKILL_LEVEL_CERTIFICATION',
        certificateNo: `DUTY-R1-${next()}`,
      },
    },
    'hrss',
  );
  return waitFor(`finance's entitlement for ${personId}`, async () => {
    const data = await ok<{ person: { entitlements: { id: string }[] } | null }>(
      `query ($id: ID!) { person(id: $id) { entitlements { id } } }`,
      { id: personId },
      'finance',
    );
    return data.person?.entitlements[0]?.id;
  });
}

const REVIEW = `mutation ($id: ID!) { reviewEntitlement(id: $id) { status } }`;
const APPROVE = `mutation ($id: ID!) { approveEntitlement(id: $id) { status } }`;
const PUBLISH = `mutation ($input: CreatePublicityBatchInput!) { createPublicityBatch(input: $input) { id } }`;
const OBJECT = `mutation ($input: RecordObjectionInput!) { recordObjection(input: $input) { id } }`;

/** REVIEWED by `reviewer`. */
async function reviewedEntitlement(reviewer: string): Promise<string> {
  const id = await freshEntitlement();
  await ok(REVIEW, { id }, reviewer);
  return id;
}

/** APPROVED: reviewed by one Finance account, approved by the other (within the budgets set in beforeAll). */
async function approvedEntitlement(): Promise<string> {
  const id = await reviewedEntitlement('finance');
  await ok(APPROVE, { id }, 'finance-approver');
  return id;
}

/** One batch published now (its 7-day window open), holding one entitlement: for objections and closing. */
let published: Promise<{ batchId: string; entitlementId: string }> | undefined;
const publishedBatch = () =>
  (published ??= (async () => {
    const entitlementId = await approvedEntitlement();
    const made = await ok<{ createPublicityBatch: { id: string } }>(
      PUBLISH,
      { input: { entitlementIds: [entitlementId], title: '职责测试公示' } },
      'finance',
    );
    return { batchId: made.createPublicityBatch.id, entitlementId };
  })());

/** An open objection to the published entitlement, recorded by Finance. */
async function openObjection(): Promise<string> {
  const { entitlementId } = await publishedBatch();
  const made = await ok<{ recordObjection: { id: string } }>(
    OBJECT,
    { input: { entitlementId, text: '职责测试：来电反映待核实' } },
    'finance',
  );
  return made.recordObjection.id;
}

/** 二(四) R4: an enterprise of its own (a spare demo enterprise, registered by HRSS), one record per enterprise and year. */
async function freshEnterprise(): Promise<string> {
  let o = spareOrganisations[unit++]!;
  while (o.kind !== 'ENTERPRISE') o = spareOrganisations[unit++]!;
  const made = await ok<{ createOrganisation: { id: string } }>(
    `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    { input: { name: o.name, kind: o.kind, creditCode: o.creditCode, countyCode: o.countyCode } },
    'hrss',
  );
  return made.createOrganisation.id;
}

const INVESTMENT_FIGURES = {
  pilotEnterprise: true,
  documentNo: '职责测试〔2025〕1号',
  documentDate: '2025-03-01',
  surchargeDueFen: '1000000',
};
const RECORD_INVESTMENT = `mutation ($input: RecordEducationInvestmentInput!) { recordEducationInvestment(input: $input) { id } }`;

/** An enterprise's 2025 investment recorded by HRSS (the lead of 二(四)): returns the record's id. */
async function investmentRecorded(): Promise<string> {
  const enterpriseId = await freshEnterprise();
  const made = await ok<{ recordEducationInvestment: { id: string } }>(
    RECORD_INVESTMENT,
    { input: { enterpriseId, taxYear: 2025, investmentFen: '5000000', ...INVESTMENT_FIGURES } },
    'hrss',
  );
  return made.recordEducationInvestment.id;
}

/** 二(四) R4: HRSS, the item's lead, records and corrects; each allowed call on an enterprise of its own. */
const EDUCATION_INVESTMENT_CASES: Record<string, MutationCase> = {
  recordEducationInvestment: {
    duty: DUTIES.EDUCATION_INVESTMENT,
    codes: ['INVESTMENT_RECORD'],
    prepare: (_code, _username, allowed) =>
      allowed ? freshEnterprise() : shared('investment-enterprise', freshEnterprise),
    call: (_code, username, enterpriseId) =>
      gql(
        RECORD_INVESTMENT,
        { input: { enterpriseId, taxYear: 2025, investmentFen: '5000000', ...INVESTMENT_FIGURES } },
        tokens[username]!,
      ),
  },
  correctEducationInvestment: {
    duty: DUTIES.EDUCATION_INVESTMENT,
    codes: ['INVESTMENT_RECORD'],
    prepare: (_code, _username, allowed) => (allowed ? investmentRecorded() : shared('investment', investmentRecorded)),
    call: (_code, username, id) =>
      gql(
        `mutation ($input: CorrectEducationInvestmentInput!) { correctEducationInvestment(input: $input) { id } }`,
        { input: { id, investmentFen: '6000000', ...INVESTMENT_FIGURES, reason: '职责测试：投资额更正' } },
        tokens[username]!,
      ),
  },
};

const COLLEGE_MAJOR_STEP = (mutation: string, input: string) =>
  `mutation ($input: ${input}!) { ${mutation}(input: $input) { id status } }`;
const collegeMajorInput = (kind: string) => ({
  kind,
  collegeId,
  name: `职责测试专业 ${next()}`,
  level: 'NATIONAL',
  documentNo: `职责测试〔2025〕${next()}号`,
  documentDate: '2025-06-30',
});
/** Another account than `username` that records college majors of `kind` (maker-checker). */
const collegeMajorRecorderFor = (username: string, kind: string) =>
  DEV_ACCOUNTS.find((a) => a.username !== username && DUTIES.COLLEGE_MAJOR.allows(a.department, kind))!.username;
async function collegeMajorRecorded(kind: string, recorder: string): Promise<string> {
  const made = await ok<{ recordCollegeMajor: { id: string } }>(
    COLLEGE_MAJOR_STEP('recordCollegeMajor', 'RecordCollegeMajorInput'),
    { input: collegeMajorInput(kind) },
    recorder,
  );
  return made.recordCollegeMajor.id;
}
const collegeMajorPrepared = (name: string) => (kind: string, username: string, allowed: boolean) =>
  allowed
    ? collegeMajorRecorded(kind, collegeMajorRecorderFor(username, kind))
    : shared(`college-major-${name}-${kind}`, () => collegeMajorRecorded(kind, collegeMajorRecorderFor('', kind)));

/** 二(三) R3, T6–T8: Education and HRSS, the leads, record, approve (not their own record) and revoke, per kind. */
const COLLEGE_MAJOR_CASES: Record<string, MutationCase> = {
  recordCollegeMajor: {
    codeEnum: 'CollegeMajorKind',
    duty: DUTIES.COLLEGE_MAJOR,
    call: (kind, username) =>
      gql(
        COLLEGE_MAJOR_STEP('recordCollegeMajor', 'RecordCollegeMajorInput'),
        { input: collegeMajorInput(kind) },
        tokens[username]!,
      ),
  },
  approveCollegeMajor: {
    codeEnum: 'CollegeMajorKind',
    duty: DUTIES.COLLEGE_MAJOR,
    prepare: collegeMajorPrepared('approve'),
    call: (_kind, username, id) =>
      gql(COLLEGE_MAJOR_STEP('approveCollegeMajor', 'ApproveCollegeMajorInput'), { input: { id } }, tokens[username]!),
  },
  revokeCollegeMajor: {
    codeEnum: 'CollegeMajorKind',
    duty: DUTIES.COLLEGE_MAJOR,
    prepare: collegeMajorPrepared('revoke'),
    call: (_kind, username, id) =>
      gql(
        COLLEGE_MAJOR_STEP('revokeCollegeMajor', 'RevokeCollegeMajorInput'),
        { input: { id, reason: '职责测试：批准文件撤回' } },
        tokens[username]!,
      ),
  },
};

/** One state made once and shared by the calls the map refuses (they write nothing; the counts check it). */
const sharedStates = new Map<string, Promise<string>>();
const shared = (name: string, make: () => Promise<string>) => {
  if (!sharedStates.has(name)) sharedStates.set(name, make());
  return sharedStates.get(name)!;
};

/** The city and 任城区 budgets the entitlements here are approved against (R1's group, the certificates' year). */
const BUDGETS = [
  { payer: 'CITY', year: 2025, benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY', amount: 1_000_000_000 },
  {
    payer: 'COUNTY',
    countyCode: '370811',
    year: 2025,
    benefitGroup: 'SKILL_CERTIFICATE_SUBSIDY',
    amount: 1_000_000_000,
  },
];
const SET_BUDGET = `mutation ($input: SetBudgetInput!) { setBudget(input: $input) { payer budget } }`;

/** A payment line id no batch holds: see markPaymentLinePaid. */
const NO_SUCH_LINE = 'duty-no-such-payment-line';
/** The payment line mutations' one code: no line exists to give them a payer (see markPaymentLinePaid). */
const ANY_PAYER = 'ANY_PAYER';
/**
 * Payment lines are settled by the line's payer, which the schema lets in with either finance permission
 * (EITHER_FINANCE in the finance subgraph): city Finance (the entitlement duty) or a county office (the county duty).
 */
const eitherFinance = (): readonly DutyCheck[] => [
  [DUTIES.ENTITLEMENT, RULE],
  [DUTIES.COUNTY_SHARE, 'COUNTY'],
];

/** The person whose 社保卡 account the account cases set and reveal (any number of times: an account has no unique key). */
let accountHolder: string | undefined;
const holder = () => (accountHolder ??= aPerson());
/** A fresh valid account number per call, so every allowed call writes. */
const accountNumber = () => `62170000${String(next()).padStart(11, '0')}`;

const CASES: Record<string, MutationCase> = {
  createPerson: {
    duty: DUTIES.DIRECTORY,
    // The directory checks requireDuty(DIRECTORY, 'PERSON').
    codes: ['PERSON'],
    call: (_code, username) => {
      const p = demo.people[person++]!;
      return gql(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        { input: { name: p.name, idNumber: p.idNumber, countyCode: p.countyCode } },
        tokens[username]!,
      );
    },
  },
  createOrganisation: {
    duty: DUTIES.DIRECTORY,
    // The directory checks requireDuty(DIRECTORY, 'ORGANISATION').
    codes: ['ORGANISATION'],
    call: (_code, username) => {
      const o = spareOrganisations[unit++]!;
      return gql(
        `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
        { input: { name: o.name, kind: o.kind, creditCode: o.creditCode, countyCode: o.countyCode } },
        tokens[username]!,
      );
    },
  },
  revealIdNumber: {
    duty: DUTIES.PII,
    // The directory checks requireDuty(PII, 'ID_NUMBER').
    codes: ['ID_NUMBER'],
    prepare: async () => {
      const p = demo.people[person++]!;
      const made = await ok<{ createPerson: { id: string } }>(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        { input: { name: p.name, idNumber: p.idNumber, countyCode: p.countyCode } },
        'hrss',
      );
      return made.createPerson.id;
    },
    call: (_code, username, personId) =>
      gql(
        `mutation ($id: ID!) { revealIdNumber(personId: $id, reason: "职责测试：核对身份") { idNumber } }`,
        { id: personId },
        tokens[username]!,
      ),
  },
  setPersonPaymentAccount: {
    duty: DUTIES.DIRECTORY,
    // The directory checks requireDuty(DIRECTORY, 'PERSON').
    codes: ['PERSON'],
    call: (_code, username) =>
      gql(
        `mutation ($input: SetPersonPaymentAccountInput!) { setPersonPaymentAccount(input: $input) { id } }`,
        { input: { personId: holder(), bankName: '职责测试银行', accountNumber: accountNumber() } },
        tokens[username]!,
      ),
  },
  setOrganisationPaymentAccount: {
    duty: DUTIES.DIRECTORY,
    // The directory checks requireDuty(DIRECTORY, 'ORGANISATION').
    codes: ['ORGANISATION'],
    call: (_code, username) =>
      gql(
        `mutation ($input: SetOrganisationPaymentAccountInput!) { setOrganisationPaymentAccount(input: $input) { id } }`,
        { input: { organisationId: employerId, bankName: '职责测试银行', accountNumber: accountNumber() } },
        tokens[username]!,
      ),
  },
  revealPaymentAccount: {
    duty: DUTIES.PII,
    // The directory checks requireDuty(PII, 'PAYMENT_ACCOUNT').
    codes: ['PAYMENT_ACCOUNT'],
    prepare: async () => {
      await ok(
        `mutation ($input: SetPersonPaymentAccountInput!) { setPersonPaymentAccount(input: $input) { id } }`,
        { input: { personId: holder(), bankName: '职责测试银行', accountNumber: accountNumber() } },
        'hrss',
      );
      return holder();
    },
    call: (_code, username, personId) =>
      gql(
        `mutation ($id: ID!) { revealPaymentAccount(personId: $id, reason: "职责测试：核对账户") { accountNumber } }`,
        { id: personId },
        tokens[username]!,
      ),
  },
  createSkillCertificate: {
    codeEnum: 'CertificationRoute',
    duty: DUTIES.CERTIFICATE,
    call: (route, username) =>
      gql(
        `mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`,
        {
          input: {
            personId: aPerson(),
            level: 'SENIOR',
            occupation: '电工',
            issuerId: employerId,
            issuedOn: '2025-06-01',
            route,
            certificateNo: `DUTY-${next()}`,
          },
        },
        tokens[username]!,
      ),
  },
  revokeSkillCertificate: {
    codeEnum: 'CertificationRoute',
    duty: DUTIES.CERTIFICATE,
    // The department that may record a certificate by a route may revoke it: one recorded by such an account.
    prepare: async (route) => {
      const certifier = DEV_ACCOUNTS.find((a) => DUTIES.CERTIFICATE.allows(a.department, route))!.username;
      const made = await ok<{ createSkillCertificate: { id: string } }>(
        `mutation ($input: CreateSkillCertificateInput!) { createSkillCertificate(input: $input) { id } }`,
        {
          input: {
            personId: aPerson(),
            level: 'SENIOR',
            occupation: '电工',
            issuerId: employerId,
            issuedOn: '2025-06-01',
            route,
            certificateNo: `DUTY-REVOKE-${next()}`,
          },
        },
        certifier,
      );
      return made.createSkillCertificate.id;
    },
    call: (_route, username, id) =>
      gql(
        `mutation ($input: RevokeSkillCertificateInput!) { revokeSkillCertificate(input: $input) { id revoked } }`,
        { input: { id, reason: '职责测试：登记有误' } },
        tokens[username]!,
      ),
  },
  createMasterStudio: {
    codeEnum: 'StudioLevel',
    duty: DUTIES.STUDIO,
    call: (level, username) =>
      gql(
        `mutation ($input: CreateMasterStudioInput!) { createMasterStudio(input: $input) { id } }`,
        {
          input: {
            name: '职责测试技能大师工作室',
            level,
            leadId: aPerson(),
            hostId: employerId,
            trade: '焊工',
            approvedOn: '2025-06-01',
          },
        },
        tokens[username]!,
      ),
  },
  ...STUDIO_CASES,
  ...COLLEGE_CASES,
  ...GRADUATE_CASES,
  ...AWARD_CASES,
  // 六 / 三(八): one report per check, enterprise and year, so each allowed call takes the next year of the policy.
  reportCompliance: {
    codeEnum: 'ComplianceCheck',
    duty: DUTIES.COMPLIANCE,
    call: (check, username) => {
      // Only an allowed call writes: a refused one reuses the year (it is refused before the year is looked at).
      const department = DEV_ACCOUNTS.find((a) => a.username === username)!.department;
      const next = (complianceYears[check] ?? -1) + (DUTIES.COMPLIANCE.allows(department, check) ? 1 : 0);
      const year = 2025 + Math.max(0, (complianceYears[check] = next));
      const figures =
        check === 'FRONTLINE_EDUCATION_FUNDS'
          ? { fundsUsedFen: '100000', frontlineFen: '60000' }
          : {
              highSkilledPreviousAvgFen: '100',
              highSkilledCurrentAvgFen: '110',
              managersPreviousAvgFen: '100',
              managersCurrentAvgFen: '110',
            };
      return gql(
        `mutation ($input: ReportComplianceInput!) { reportCompliance(input: $input) { id } }`,
        { input: { check, enterpriseId: employerId, year, ...figures } },
        tokens[username]!,
      );
    },
  },
  ...APPRENTICESHIP_CASES,
  ...ORDER_CLASS_CASES,
  ...EDUCATION_INVESTMENT_CASES,
  ...COLLEGE_MAJOR_CASES,
  ...SUBSIDISED_TRAINING_CASES,
  ...TARGET_CASES,
  createCompetition: {
    codeEnum: 'CompetitionTier',
    duty: DUTIES.COMPETITION,
    call: (tier, username) =>
      gql(
        `mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`,
        { input: { name: `职责测试竞赛 ${next()}`, tier, trade: '电工', year: 2026, organiser: '济宁市总工会' } },
        tokens[username]!,
      ),
  },
  recordCompetitionResult: {
    codeEnum: 'CompetitionTier',
    duty: DUTIES.COMPETITION,
    call: (tier, username) =>
      gql(
        `mutation ($input: RecordCompetitionResultInput!) { recordCompetitionResult(input: $input) { id } }`,
        { input: { competitionId: competitionOfTier[tier], personId: aPerson(), rank: 1 } },
        tokens[username]!,
      ),
  },
  updateCompetition: {
    codeEnum: 'CompetitionTier',
    duty: DUTIES.COMPETITION,
    call: (tier, username) =>
      gql(
        `mutation ($input: UpdateCompetitionInput!) { updateCompetition(input: $input) { id } }`,
        { input: { id: competitionOfTier[tier], organiser: `职责测试主办单位 ${next()}` } },
        tokens[username]!,
      ),
  },
  recordCompetitionResults: {
    codeEnum: 'CompetitionTier',
    duty: DUTIES.COMPETITION,
    call: (tier, username) =>
      gql(
        `mutation ($input: RecordCompetitionResultsInput!) { recordCompetitionResults(input: $input) { written } }`,
        {
          input: {
            competitionId: competitionOfTier[tier],
            rows: [{ personId: aPerson(), rank: 2 }],
            mode: 'ALL_OR_NOTHING',
          },
        },
        tokens[username]!,
      ),
  },
  recordCompetitionTeamResult: {
    codeEnum: 'CompetitionTier',
    duty: DUTIES.COMPETITION,
    call: (tier, username) =>
      gql(
        `mutation ($input: RecordCompetitionTeamResultInput!) { recordCompetitionTeamResult(input: $input) { id } }`,
        { input: { competitionId: competitionOfTier[tier], name: `职责测试队 ${next()}`, memberIds: [aPerson()] } },
        tokens[username]!,
      ),
  },
  nominateHonour: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    // The nominee, and their competition result where the kind rests on one (recorded before the counts are taken).
    prepare: async (kind) => {
      const personId = aPerson();
      return JSON.stringify({ personId, ...(await honourEvidence(kind, personId)) });
    },
    call: (kind, username, prepared) =>
      gql(
        `mutation ($input: NominateHonourInput!) { nominateHonour(input: $input) { id } }`,
        { input: { kind, year: 2026, ...(JSON.parse(prepared!) as Record<string, string>) } },
        tokens[username]!,
      ),
  },
  rejectHonour: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    // A nomination by another account than the caller (maker-checker); each allowed call rejects its own, refused
    // calls share one per kind (they write nothing).
    prepare: (kind, username, allowed) =>
      allowed
        ? honourAt(kind, nominatorFor(kind, username), 'NOMINATED')
        : shared(`honour-nominated-${kind}`, () => honourAt(kind, nominatorFor(kind, ''), 'NOMINATED')),
    call: (_kind, username, id) =>
      gql(`mutation ($id: ID!) { rejectHonour(id: $id, reason: "职责测试") { id status } }`, { id }, tokens[username]!),
  },
  scoreHonour: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    // One nomination per kind for all: a score leaves it scoreable (REVIEWED), each call by a new expert.
    prepare: (kind) => shared(`honour-nominated-${kind}`, () => honourAt(kind, nominatorFor(kind, ''), 'NOMINATED')),
    call: (_kind, username, honourId) =>
      gql(
        `mutation ($input: ScoreHonourInput!) { scoreHonour(input: $input) { id status } }`,
        { input: { honourId, expertName: `职责测试专家${next()}`, score: 75 } },
        tokens[username]!,
      ),
  },
  publishHonours: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    // REVIEWED; each allowed call publishes its own.
    prepare: (kind, _username, allowed) =>
      allowed
        ? honourAt(kind, nominatorFor(kind, ''), 'REVIEWED')
        : shared(`honour-reviewed-${kind}`, () => honourAt(kind, nominatorFor(kind, ''), 'REVIEWED')),
    call: (_kind, username, id) =>
      gql(
        `mutation ($input: PublishHonoursInput!) { publishHonours(input: $input) { id status } }`,
        { input: { honourIds: [id] } },
        tokens[username]!,
      ),
  },
  recordHonourObjection: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    // One published honour per kind for all: an objection leaves it in publicity.
    prepare: (kind) =>
      shared(`honour-published-${kind}-${nominatorFor(kind, '')}`, () =>
        honourAt(kind, nominatorFor(kind, ''), 'IN_PUBLICITY'),
      ),
    call: (_kind, username, honourId) =>
      gql(
        `mutation ($input: RecordHonourObjectionInput!) { recordHonourObjection(input: $input) { id } }`,
        { input: { honourId, text: `职责测试异议 ${next()}` } },
        tokens[username]!,
      ),
  },
  resolveHonourObjection: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    // An open objection; each allowed call dismisses its own (the honour stays in publicity).
    prepare: (kind, _username, allowed) =>
      allowed
        ? openHonourObjection(kind, nominatorFor(kind, ''))
        : shared(`honour-objection-${kind}`, () => openHonourObjection(kind, nominatorFor(kind, ''))),
    call: (_kind, username, objectionId) =>
      gql(
        `mutation ($input: ResolveHonourObjectionInput!) { resolveHonourObjection(input: $input) { id status } }`,
        { input: { objectionId, upheld: false, finding: '职责测试：经核实不成立' } },
        tokens[username]!,
      ),
  },
  approveHonour: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    // An honour can be approved from the day after its publicity window (5 days at the least), and no clock is moved
    // here: the allowed caller (never its nominator) gets past the duty and maker-checker checks to the window's, which
    // refuses, writing nothing.
    allowedRefusal: { code: 'CONFLICT', reason: 'PUBLICITY_NOT_ENDED' },
    prepare: (kind, username) =>
      shared(`honour-published-${kind}-${nominatorFor(kind, username)}`, () =>
        honourAt(kind, nominatorFor(kind, username), 'IN_PUBLICITY'),
      ),
    call: (_kind, username, id) =>
      gql(`mutation ($id: ID!) { approveHonour(id: $id) { id status } }`, { id }, tokens[username]!),
  },
  revokeHonour: {
    codeEnum: 'HonourKind',
    duty: DUTIES.HONOUR,
    // Only an approved honour is revoked, and none can be approved in a live run (see approveHonour): the allowed
    // caller gets past the duty check to the state's, which refuses, writing nothing.
    allowedRefusal: { code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' },
    prepare: (kind) => shared(`honour-nominated-${kind}`, () => honourAt(kind, nominatorFor(kind, ''), 'NOMINATED')),
    call: (_kind, username, id) =>
      gql(`mutation ($id: ID!) { revokeHonour(id: $id, reason: "职责测试") { id status } }`, { id }, tokens[username]!),
  },
  recordStandingMeasure: {
    duty: DUTIES.HONOUR,
    // H5 (五(十五)): guarded by awards:manage at the schema and by standingMeasureRefusal (the bodies of 五(十五)) in
    // the resolver, which together let HRSS and the Trade Union record — the holders of CRAFTSMAN's honour duty, so one
    // code says it. Each allowed call records another measure or year for one person.
    codes: ['CRAFTSMAN'],
    prepare: () => shared('standing-person', async () => aPerson()),
    call: (_code, username, personId) => {
      const n = next();
      return gql(
        `mutation ($input: RecordStandingMeasureInput!) { recordStandingMeasure(input: $input) { id } }`,
        {
          input: {
            personId,
            measure: [
              'EXPERT_CONTACT_LIST',
              'HIGH_LEVEL_TALENT_GREEN_CHANNEL',
              'CANDIDATE_RECOMMENDATION',
              'MASS_ORGANISATION_POSTS',
              'RECUPERATION_AND_STUDY',
            ][n % 5],
            year: 2025 + (Math.floor(n / 5) % 5),
            note: '职责测试',
          },
        },
        tokens[username]!,
      );
    },
  },

  // Finance. The review steps, budgets, publicity and objections are checked by finance:manage at the schema alone (no
  // requireDuty: one code, RULE); publishing also by requireDuty(ENTITLEMENT, rule) for each entitlement published
  // (all R1 here); payments by the payer (below).
  reviewEntitlement: {
    duty: DUTIES.ENTITLEMENT,
    codes: [RULE],
    // CALCULATED; each allowed call reviews its own.
    prepare: (_code, _username, allowed) => (allowed ? freshEntitlement() : shared('calculated', freshEntitlement)),
    call: (_code, username, id) => gql(REVIEW, { id }, tokens[username]!),
  },
  approveEntitlement: {
    duty: DUTIES.ENTITLEMENT,
    codes: [RULE],
    // REVIEWED by another Finance account than the caller (maker-checker), within the budgets set in beforeAll.
    prepare: (_code, username, allowed) =>
      allowed
        ? reviewedEntitlement(reviewerFor(username))
        : shared('reviewed', () => reviewedEntitlement(reviewerFor(username))),
    call: (_code, username, id) => gql(APPROVE, { id }, tokens[username]!),
  },
  rejectEntitlement: {
    duty: DUTIES.ENTITLEMENT,
    codes: [RULE],
    prepare: (_code, _username, allowed) => (allowed ? freshEntitlement() : shared('calculated', freshEntitlement)),
    call: (_code, username, id) =>
      gql(
        `mutation ($id: ID!, $reason: String!) { rejectEntitlement(id: $id, reason: $reason) { status } }`,
        { id, reason: '职责测试：证书信息待核实' },
        tokens[username]!,
      ),
  },
  setBudget: {
    duty: DUTIES.ENTITLEMENT,
    codes: [RULE],
    // City Finance sets every budget, the counties' included (finance:manage): a 2026 budget used nowhere else here.
    call: (_code, username) =>
      gql(
        SET_BUDGET,
        { input: { payer: 'CITY', year: 2026, benefitGroup: 'APPRENTICESHIP_SUBSIDY', amount: next() * 100_000 } },
        tokens[username]!,
      ),
  },
  createPublicityBatch: {
    duty: DUTIES.ENTITLEMENT,
    codes: [RULE],
    // APPROVED; each allowed call publishes its own.
    prepare: (_code, _username, allowed) => (allowed ? approvedEntitlement() : shared('approved', approvedEntitlement)),
    call: (_code, username, id) =>
      gql(PUBLISH, { input: { entitlementIds: [id], title: `职责测试公示 ${next()}` } }, tokens[username]!),
  },
  recordObjection: {
    duty: DUTIES.ENTITLEMENT,
    codes: [RULE],
    // One published entitlement for all: an objection leaves it in publicity, so any number can be recorded.
    prepare: async () => (await publishedBatch()).entitlementId,
    call: (_code, username, entitlementId) =>
      gql(OBJECT, { input: { entitlementId, text: `职责测试异议 ${next()}` } }, tokens[username]!),
  },
  resolveObjection: {
    duty: DUTIES.ENTITLEMENT,
    codes: [RULE],
    // An open objection; each allowed call dismisses its own (the entitlement stays in publicity).
    prepare: (_code, _username, allowed) => (allowed ? openObjection() : shared('objection', openObjection)),
    call: (_code, username, id) =>
      gql(
        `mutation ($input: ResolveObjectionInput!) { resolveObjection(input: $input) { status } }`,
        { input: { id, upheld: false, note: '职责测试：经核实不成立' } },
        tokens[username]!,
      ),
  },
  closePublicityBatch: {
    duty: DUTIES.ENTITLEMENT,
    codes: [RULE],
    // A batch can be closed from the day after its window (5 days at the least, FINANCE_PUBLICITY_MIN_DAYS), and the
    // resolver takes China's date from the clock: a live run cannot wait for that, nor is there a clock to set. The
    // allowed caller gets past the permission check to the window's, which refuses (writing nothing).
    allowedRefusal: { code: 'CONFLICT', reason: 'WINDOW_NOT_ENDED' },
    prepare: async () => (await publishedBatch()).batchId,
    call: (_code, username, id) =>
      gql(`mutation ($id: ID!) { closePublicityBatch(id: $id) { status } }`, { id }, tokens[username]!),
  },
  createPaymentBatch: {
    duty: DUTIES.ENTITLEMENT,
    // The code is the payer: COUNTY shares are paid by the county's own office (finance:county at the schema, then
    // requireDuty(COUNTY_SHARE) and the account's county), CITY and UNION shares by city Finance (finance:manage, then
    // requireDuty(ENTITLEMENT) for the rule of each share: R1 has the city's, R9 the union's). TAX is no cash and is
    // refused as BAD_USER_INPUT for everyone, so it is no duty's code.
    codes: ['CITY', 'UNION', 'COUNTY'],
    checks: (payer) =>
      payer === 'COUNTY' ? [[DUTIES.COUNTY_SHARE, 'COUNTY']] : [[DUTIES.ENTITLEMENT, payer === 'UNION' ? 'R9' : RULE]],
    // Nothing is payable in a live run: an entitlement becomes payable only when its publicity batch is closed, after
    // the window (see closePublicityBatch). The allowed caller passes the payer's checks (the county's, for COUNTY,
    // before anything is read) and is told there is nothing to pay; the per-rule check over the shares is not reached.
    allowedRefusal: { code: 'CONFLICT', reason: 'NOTHING_TO_PAY' },
    call: (payer, username) =>
      gql(
        `mutation ($input: CreatePaymentBatchInput!) { createPaymentBatch(input: $input) { id } }`,
        { input: { payer } },
        tokens[username]!,
      ),
  },
  markPaymentLinePaid: {
    duty: DUTIES.ENTITLEMENT,
    // No payment line can exist in a live run (nothing is payable, see createPaymentBatch), so the calls name a line
    // that does not exist: the allowed callers pass the schema's gate (either finance permission) and are told the
    // line is not found. Which payer's lines each may settle (OTHER_COUNTY, NOT_THIS_DEPARTMENTS_DUTY) is checked on
    // real lines by the finance subgraph's payments test.
    codes: [ANY_PAYER],
    checks: eitherFinance,
    allowedRefusal: { code: 'NOT_FOUND', reason: 'NOT_FOUND' },
    call: (_code, username) =>
      gql(
        `mutation ($input: MarkPaymentLinePaidInput!) { markPaymentLinePaid(input: $input) { status } }`,
        { input: { lineId: NO_SUCH_LINE, reference: `DUTY-${next()}`, paidOn: '2025-12-01' } },
        tokens[username]!,
      ),
  },
  paymentFile: {
    duty: DUTIES.ENTITLEMENT,
    // As markPaymentLinePaid: no batch exists in a live run, so the calls name one that does not; the allowed callers
    // pass the schema's gate (either finance permission) and are told it is not found. Who may export which batch
    // (the payer's office, its own county) is checked on real batches by the finance subgraph's payment-file test.
    codes: [ANY_PAYER],
    checks: eitherFinance,
    allowedRefusal: { code: 'NOT_FOUND', reason: 'NOT_FOUND' },
    call: (_code, username) =>
      gql(
        `mutation ($id: ID!) { paymentFile(batchId: $id, reason: "职责测试：导出") { lineCount } }`,
        { id: 'duty-no-such-payment-batch' },
        tokens[username]!,
      ),
  },
  returnPaymentLine: {
    duty: DUTIES.ENTITLEMENT,
    // As markPaymentLinePaid.
    codes: [ANY_PAYER],
    checks: eitherFinance,
    allowedRefusal: { code: 'NOT_FOUND', reason: 'NOT_FOUND' },
    call: (_code, username) =>
      gql(
        `mutation ($input: ReturnPaymentLineInput!) { returnPaymentLine(input: $input) { status } }`,
        { input: { lineId: NO_SUCH_LINE, reason: '职责测试：账户有误' } },
        tokens[username]!,
      ),
  },
};

/** The enums of the committed supergraph (what the gateway serves), read before the tests are generated. */
const SUPERGRAPH_ENUMS = new Map(
  parse(readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8'))
    .definitions.filter((d) => d.kind === Kind.ENUM_TYPE_DEFINITION)
    .map((d) => [d.name.value, (d.values ?? []).map((v) => v.name.value)]),
);
/**
 * The codes a mutation is called with: its own list where it has one, else the duty's, as far as the API records them
 * (evaluation records 4 of 6 routes).
 */
const codesOf = (c: MutationCase): readonly string[] =>
  c.codes ??
  (c.codeEnum ? c.duty.codes.filter((code) => SUPERGRAPH_ENUMS.get(c.codeEnum!)!.includes(code)) : c.duty.codes);
/** What the map says of a call: any of its checks allows the department. */
const mapAllows = (c: MutationCase, department: string, code: string) =>
  (c.checks?.(code) ?? [[c.duty, code] as const]).some(([duty, dutyCode]) => duty.allows(department, dutyCode));

/** Every (mutation, code, account) with what the map says. */
const MATRIX = Object.entries(CASES).flatMap(([mutation, c]) =>
  codesOf(c).flatMap((code) =>
    DEV_ACCOUNTS.map((account: DevAccount) => ({
      mutation,
      code,
      username: account.username,
      allowed: mapAllows(c, account.department, code),
    })),
  ),
);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jining-duties-'));
  // Finance's consumer looks for new facts every 100 ms when idle: the entitlements prepared below appear at once.
  process.env.FACT_POLL_MS = '100';
  // The matrix takes longer than a token's 15 minutes on a loaded machine, and its tokens are taken once: what it
  // tests is who may do what, not expiry (security.e2e's), so its tokens live the longest the gateway allows.
  process.env.ACCESS_TOKEN_TTL_SECONDS = String(8 * 60 * 60);
  // No demo data: the counts start from the reference data alone, and every write below is this test's.
  platform = await startPlatform({ portOffset: await freePortOffset(), dataDir, demoData: false, log: () => {} });
  for (const { username } of DEV_ACCOUNTS) {
    const res = await fetch(`${platform.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'jining2025' }),
    });
    expect(res.status, username).toBe(200);
    tokens[username] = ((await res.json()) as { token: string }).token;
  }
  for (const tier of DUTIES.COMPETITION.codes) {
    const made = await ok<{ createCompetition: { id: string } }>(
      `mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`,
      {
        input: {
          name: `职责测试竞赛（${tier}）`,
          tier,
          trade: '电工',
          year: 2026,
          organiser: '济宁市人力资源和社会保障局',
        },
      },
      'hrss',
    );
    competitionOfTier[tier] = made.createCompetition.id;
  }
  const registered = await ok<{ createOrganisation: { id: string } }>(
    `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    {
      input: {
        name: employer.name,
        kind: employer.kind,
        creditCode: employer.creditCode,
        countyCode: employer.countyCode,
      },
    },
    'hrss',
  );
  employerId = registered.createOrganisation.id;
  collegeId = (
    await ok<{ createOrganisation: { id: string } }>(
      `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
      {
        input: {
          name: vocationalCollege.name,
          kind: vocationalCollege.kind,
          creditCode: vocationalCollege.creditCode,
          countyCode: vocationalCollege.countyCode,
        },
      },
      'hrss',
    )
  ).createOrganisation.id;
  for (let i = 0; i < PEOPLE; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, PEOPLE - i) }, async () => {
        const idNumber = nextResidentId();
        const made = await ok<{ createPerson: { id: string } }>(
          `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
          { input: { name: '职责测试人员', idNumber, countyCode: '370811' } },
          'hrss',
        );
        idNumberOf.set(made.createPerson.id, idNumber);
        return made;
      }),
    );
    people.push(...batch.map((b) => b.createPerson.id));
  }
  for (const input of BUDGETS) await ok(SET_BUDGET, { input }, 'finance');
}, 300_000);

afterAll(async () => {
  delete process.env.FACT_POLL_MS;
  await platform?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the permission test is complete', () => {
  it('has a case for every mutation of the supergraph', async () => {
    const data = await ok<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      `{ __schema { mutationType { fields(includeDeprecated: true) { name } } } }`,
      {},
      'hrss',
    );
    expect(data.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('calls every code the API accepts, and the API accepts no code the duty map has no rule for', () => {
    for (const [mutation, c] of Object.entries(CASES)) {
      if (!c.codeEnum) continue;
      const api = SUPERGRAPH_ENUMS.get(c.codeEnum);
      expect(api, `${mutation}: enum ${c.codeEnum}`).toBeDefined();
      expect(c.duty.codes, mutation).toEqual(expect.arrayContaining(api!));
      expect(codesOf(c).length, mutation).toBeGreaterThan(0);
    }
  });

  it('calls each mutation with codes of the duty map: its own duty’s, or those its checks map them to', () => {
    for (const [mutation, c] of Object.entries(CASES)) {
      expect(codesOf(c).length, mutation).toBeGreaterThan(0);
      for (const code of codesOf(c)) {
        for (const [duty, dutyCode] of c.checks?.(code) ?? [[c.duty, code] as const]) {
          expect(duty.codes, `${mutation}: ${code}`).toContain(dutyCode);
        }
      }
    }
  });

  it('calls the mutations checked by finance:manage alone with one rule, which stands for every rule', () => {
    // If the map ever gave some rule to another body, one rule would no longer say all: the finance cases would need
    // their codes, and the resolvers a requireDuty per rule.
    for (const { department } of DEV_ACCOUNTS) {
      for (const rule of DUTIES.ENTITLEMENT.codes) {
        expect(DUTIES.ENTITLEMENT.allows(department, rule), `${department} ${rule}`).toBe(
          DUTIES.ENTITLEMENT.allows(department, RULE),
        );
      }
    }
  });

  it('acts as every dev account; the map allows some calls and refuses others', () => {
    expect(new Set(MATRIX.map((m) => m.username))).toEqual(new Set(DEV_ACCOUNTS.map((a) => a.username)));
    expect(MATRIX.some((m) => m.allowed)).toBe(true);
    expect(MATRIX.some((m) => !m.allowed)).toBe(true);
  });
});

describe.each(Object.keys(CASES))('%s, as the duty map says', (mutation) => {
  it.each(MATRIX.filter((m) => m.mutation === mutation))(
    '$code as $username: allowed = $allowed',
    async ({ code, username, allowed }) => {
      const c = CASES[mutation]!;
      const prepared = await c.prepare?.(code, username, allowed);
      if (allowed && !c.allowedRefusal) {
        const res = await c.call(code, username, prepared);
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        return;
      }
      await factsSettled();
      const before = await counts();
      const res = await c.call(code, username, prepared);
      expect(res.errors, JSON.stringify(res.errors)).toHaveLength(1);
      if (allowed) {
        expect(res.errors![0]!.extensions, JSON.stringify(res.errors)).toMatchObject(c.allowedRefusal!);
      } else {
        expect(res.errors![0]!.extensions?.code, JSON.stringify(res.errors)).toBe('FORBIDDEN');
      }
      expect(res.data ?? null).toBeNull();
      expect(await counts()).toEqual(before);
    },
  );
});
