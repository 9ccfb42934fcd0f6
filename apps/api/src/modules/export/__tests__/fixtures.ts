import { DEFAULT_SETTINGS, type RaciAnswerGroup, SessionTally, UNDISCLOSED_ROLE, answerKey, roomOwnership } from '@thinline/shared';
import { createHash } from 'node:crypto';
import type { TAnswerMode, TAnonymity, TConcern, TFollowUp, TLocale, TRaciLetter, TReportDecision, TRole, TSessionSettings } from '@thinline/shared';
import { assembleExportBundle } from '../export-bundle.js';
import type { ExportAnswer, ExportBundle } from '../export-bundle.js';

/**
 * Hand-made workshops for the export tests and the examples in docs/examples: the answers
 * are written out per participant, and every number in the bundle comes from the real
 * aggregate functions (assembleExportBundle), never from the fixture.
 */

const uuid = (group: number, n: number): string => `00000000-0000-4000-8${group.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

/** A tally of every round built from answer rows, as the server's GROUP BY over the answer table gives it. */
export function tallyFromAnswers(answers: readonly Pick<ExportAnswer, 'ownRole' | 'concernId' | 'round' | 'choice' | 'owners' | 'raci' | 'confidence'>[]): SessionTally {
  const tally = new SessionTally();
  for (const a of answers) {
    tally.apply({
      round: a.round,
      concernId: a.concernId,
      ownRole: a.ownRole,
      from: null,
      to: { key: answerKey({ choice: a.choice, owners: a.owners, raci: a.raci }), confidence: a.confidence },
    });
  }
  return tally;
}

/** Mapped to CODEOWNERS and Backstage handles, Platform / Operations without a CODEOWNERS owner. */
export const FIXTURE_ROLES: TRole[] = [
  { id: uuid(1, 1), name: 'Data Engineering', codeOwner: '@payments/data-eng', catalogGroup: 'group:default/data-eng' },
  { id: uuid(1, 2), name: 'MLOps / ML Engineering', codeOwner: '@payments/mlops', catalogGroup: 'group:default/mlops' },
  { id: uuid(1, 3), name: 'Data Science', codeOwner: 'data-science@payments.example', catalogGroup: 'group:default/data-science' },
  { id: uuid(1, 4), name: 'Platform / Operations', catalogGroup: 'group:default/platform' },
];
const [DE, ML, DS, PO] = FIXTURE_ROLES.map((r) => r.id) as [string, string, string, string];
const ROLE_BY_CODE: Record<string, string> = { DE, ML, DS, PO };

export const FIXTURE_CONCERNS: TConcern[] = [
  { id: uuid(2, 1), title: 'Ingestion and ETL pipelines', description: 'Jobs that pull data from sources into usable tables.', category: 'Pipelines', paths: ['/pipelines/', '*.sql'], catalogEntity: 'component:default/ingest-service' },
  { id: uuid(2, 2), title: 'Model training pipelines', description: 'Automated steps from prepared data to a trained model.', category: 'Pipelines', paths: ['/training/**'], catalogEntity: 'component:default/training-pipelines' },
  { id: uuid(2, 3), title: 'Data cleaning and validation', description: 'Catching wrong or missing values before anyone uses them.', category: 'Data quality', paths: ['/pipelines/validation/', '/schemas/**/*.yaml'], catalogEntity: 'resource:default/validation-rules' },
  { id: uuid(2, 4), title: 'Model deployment', description: 'Putting a trained model into production.', category: 'Deployment', paths: ['/deploy/'] },
  { id: uuid(2, 5), title: 'Model performance monitoring', description: 'Noticing when a model gets worse in production.', category: 'Monitoring', paths: ['/monitoring/**', '/pipelines/validation/drift/'], catalogEntity: 'system:default/model-monitoring' },
  { id: uuid(2, 6), title: 'Audit records | compliance', description: 'Keeping the records an auditor asks for.', category: 'Monitoring' },
];

interface FixtureParticipant {
  name: string;
  ownRole: string;
}

/** 13 people: Platform / Operations (2) and the one who gave no role stay below k = 3. */
export const FIXTURE_PARTICIPANTS: FixtureParticipant[] = [
  { name: 'Ana Almeida', ownRole: DE },
  { name: 'Ben Brook', ownRole: DE },
  { name: 'Cem Çelik', ownRole: DE },
  { name: 'Dana Dutta', ownRole: DE },
  { name: 'Eli Ekwueme', ownRole: ML },
  { name: 'Fay Fischer', ownRole: ML },
  { name: 'Gus Garner', ownRole: ML },
  { name: 'Hana Hoshino', ownRole: DS },
  { name: 'Ivo Ivanov', ownRole: DS },
  { name: 'Jun Jensen', ownRole: DS },
  { name: 'Kai Kowalski', ownRole: PO },
  { name: 'Lea Lindqvist', ownRole: PO },
  { name: 'Mo Moreau', ownRole: UNDISCLOSED_ROLE },
];

/**
 * One line per concern, one code per participant (in FIXTURE_PARTICIPANTS order):
 * role codes joined by '+', '-' = "nobody owns this", '?' = "don't know".
 */
const ROUND_1 = [
  'DE DE DE DE  DE DE DE+ML  DE DE DE  DE PO  ?',
  'ML ML DS ML  ML ML ML  DS DS ML+DS  ? ML  ?',
  'DE DS DE -  DE DS ?  DS DS DE  PO -  ?',
  'ML PO ML DE  ML ML ML  ML ? PO  PO PO  ?',
  '- ML - DS  ML - ML  DS - -  - ?  ?',
  '? ? PO ?  ? PO ?  ? ? ?  PO PO  ?',
];
const ROUND_2 = [
  'DE DE DE DE  DE DE DE  DE DE DE  DE DE  DE',
  'ML+DS ML ML+DS ML  ML ML ML+DS  DS DS ML+DS  ML ML+DS  ML',
  'DE DS DE DS  DE DS ML  DS DS DE  PO -  DE',
  'ML ML ML ML  ML ML ML  ML ML ML  PO ML  ML',
  '- - - DS  ML - -  DS - -  - -  -',
  '? PO PO ?  PO PO ?  ? PO ?  PO PO  ?',
];

/** Comments by [participant index, concern index], last round only; some are hostile on purpose. */
const COMMENTS = new Map<string, string>([
  ['0:2', 'We validate at ingestion, but "validation" means three things here.'],
  ['4:3', '=HYPERLINK("http://example.invalid","click") — must never run as a formula'],
  ['7:4', 'Nobody looks at drift dashboards,\nso nobody owns it'],
  ['11:5', 'Compliance asks us | we ask Legal'],
]);

export interface FixtureOptions {
  anonymity?: TAnonymity;
  answerMode?: TAnswerMode;
  /** no answers at all (a session that has just started). */
  empty?: boolean;
  /** no decisions and no follow-ups (the session before anyone decided) */
  undecided?: boolean;
  /** the session's language (default English) */
  locale?: TLocale;
}

/** Three decided concerns (one with a dissent) and two follow-ups, as the facilitator left them. */
function fixtureOutcome(sessionId: string): { decisions: TReportDecision[]; followUps: TFollowUp[] } {
  const [ingestion, , cleaning, , monitoring] = FIXTURE_CONCERNS.map((c) => c.id) as [string, string, string, string, string];
  const decidedAt = (minutes: number) => new Date(CLOSED_AT.getTime() - minutes * 60_000).toISOString();
  return {
    decisions: [
      { concernId: ingestion, raci: { [DE]: 'A', [PO]: 'I' }, rationale: 'Data Engineering builds and runs every ingestion job.', dissent: null, decidedAt: decidedAt(30) },
      {
        concernId: cleaning,
        raci: { [DE]: 'A', [DS]: 'R', [ML]: 'C' },
        rationale: 'Checks live at ingestion (DE); the rules come from Data Science.',
        dissent: 'Data Science would rather own the checks | not just the rules.',
        decidedAt: decidedAt(20),
      },
      { concernId: monitoring, raci: { [ML]: 'A', [DS]: 'R', [PO]: 'I' }, rationale: 'MLOps owns the dashboards and the on-call; Data Science reads the drift.', dissent: null, decidedAt: decidedAt(10) },
    ],
    followUps: [
      { id: uuid(9, 1), title: 'Write the validation rules down with Data Science', concernId: cleaning, ownerRoleId: DS, assignee: null, dueOn: '2026-12-04', status: 'open', sessionId, createdAt: decidedAt(15) },
      { id: uuid(9, 2), title: 'Put a drift alert on the on-call rota', concernId: monitoring, ownerRoleId: null, assignee: 'Priya Patel', dueOn: '2026-12-11', status: 'open', sessionId, createdAt: decidedAt(5) },
    ],
  };
}

/** The last round's answers grouped per concern by choice and letters, as the server's GROUP BY gives them. */
function raciGroups(answers: readonly ExportAnswer[], round: number): Map<string, RaciAnswerGroup[]> {
  const byConcern = new Map<string, Map<string, RaciAnswerGroup>>();
  for (const a of answers) {
    if (a.round !== round) continue;
    const groups = byConcern.get(a.concernId) ?? new Map<string, RaciAnswerGroup>();
    byConcern.set(a.concernId, groups);
    const key = `${a.choice}:${JSON.stringify(a.raci)}`;
    const g = groups.get(key) ?? { choice: a.choice, raci: a.raci, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  return new Map([...byConcern].map(([c, groups]) => [c, [...groups.values()]]));
}

const CREATED_AT = new Date('2026-11-20T09:00:00.000Z');
const CLOSED_AT = new Date('2026-11-20T10:30:00.000Z');
const GENERATED_AT = new Date('2026-11-23T12:00:00.000Z');

function parseCode(code: string, mode: TAnswerMode): Pick<ExportAnswer, 'choice' | 'owners' | 'raci'> {
  if (code === '?') return { choice: 'unknown', owners: [], raci: null };
  if (code === '-') return { choice: 'nobody', owners: [], raci: null };
  const owners = code.split('+').map((c) => {
    const id = ROLE_BY_CODE[c];
    if (!id) throw new Error(`unknown role code ${c}`);
    return id;
  });
  if (mode === 'owners') return { choice: 'owners', owners, raci: null };
  // RACI: the first named role is Accountable, the others Responsible; Data Science is
  // Consulted and Platform Informed unless they own it, so the letters are not all owners.
  const raci: Record<string, TRaciLetter> = {};
  owners.forEach((id, i) => (raci[id] = i === 0 ? 'A' : 'R'));
  if (!(DS in raci)) raci[DS] = 'C';
  if (!(PO in raci)) raci[PO] = 'I';
  return { choice: 'owners', owners: [], raci };
}

function settingsFor(options: FixtureOptions): TSessionSettings {
  return {
    ...DEFAULT_SETTINGS,
    anonymity: options.anonymity ?? 'named',
    answerMode: options.answerMode ?? 'owners',
    threshold: 0.5,
    minSegmentSize: 3,
    locale: options.locale ?? 'en',
  };
}

/** The workshop above, 13 participants over 2 rounds, as the server would gather it. */
export function makeFixtureBundle(options: FixtureOptions = {}): ExportBundle {
  const settings = settingsFor(options);
  const participants = FIXTURE_PARTICIPANTS.map((p, i) => ({ ...p, id: uuid(3, i + 1) }));
  const answers: ExportAnswer[] = [];
  if (!options.empty) {
    [ROUND_1, ROUND_2].forEach((lines, r) => {
      lines.forEach((line, ci) => {
        const codes = line.trim().split(/\s+/);
        if (codes.length !== participants.length) throw new Error(`round ${r + 1}, concern ${ci + 1}: ${codes.length} codes for ${participants.length} participants`);
        const concern = FIXTURE_CONCERNS[ci];
        if (!concern) throw new Error(`no concern ${ci}`);
        codes.forEach((code, pi) => {
          const p = participants[pi];
          if (!p) return;
          const round = r + 1;
          answers.push({
            participantId: p.id,
            participantName: settings.anonymity === 'named' ? p.name : null,
            ownRole: p.ownRole,
            concernId: concern.id,
            round,
            ...parseCode(code, settings.answerMode),
            // a spread of confidences, with some left out
            confidence: (pi + ci) % 4 === 3 ? null : ((pi * 3 + ci + round) % 5) + 1,
            comment: round === 2 ? (COMMENTS.get(`${pi}:${ci}`) ?? null) : null,
            answeredAt: new Date(CREATED_AT.getTime() + (r * 40 + ci * 5 + pi) * 60_000),
          });
        });
      });
    });
  }
  const byRole: Record<string, number> = {};
  for (const p of options.empty ? [] : participants) byRole[p.ownRole] = (byRole[p.ownRole] ?? 0) + 1;
  const sessionId = uuid(4, 1);
  const bundle = assembleExportBundle({
    ...(options.empty || options.undecided ? {} : fixtureOutcome(sessionId)),
    session: {
      id: sessionId,
      title: 'DE vs MLOps — Payments team',
      workshopTitle: 'Data Engineering vs MLOps',
      createdAt: CREATED_AT,
      closedAt: options.empty ? null : CLOSED_AT,
      status: options.empty ? 'live' : 'closed',
      settings,
      round: options.empty ? 1 : 2,
    },
    roles: FIXTURE_ROLES,
    concerns: FIXTURE_CONCERNS,
    participantsByRole: byRole,
    tally: tallyFromAnswers(answers),
    answers,
    generatedAt: GENERATED_AT,
  });
  const last = bundle.rounds.at(-1);
  const groups = settings.answerMode === 'raci' ? raciGroups(answers, bundle.session.round) : null;
  return { ...bundle, room: last ? roomOwnership(last, groups, FIXTURE_ROLES.map((r) => r.id)) : [] };
}

/** A deterministic pseudo-random source (a counter hashed with SHA-256), so the large fixture is the same every run. */
function random(seed: number): () => number {
  let n = 0;
  return () => createHash('sha256').update(`${seed}:${n++}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** The limits of a workshop: `concerns` × `roles` (default 100 × 20), `participants` answering one round. */
export function makeLargeBundle(concernCount = 100, roleCount = 20, participantCount = 240): ExportBundle {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const roles: TRole[] = Array.from({ length: roleCount }, (_, i) => ({ id: uuid(5, i + 1), name: `Role ${i + 1} ${pick(['Data', 'ML', 'Platform', 'Analytics', 'Security'])} team` }));
  const categories = ['Pipelines', 'Data quality', 'Storage', 'Training', 'Deployment', 'Monitoring', 'Governance'];
  const concerns: TConcern[] = Array.from({ length: concernCount }, (_, i) => ({
    id: uuid(6, i + 1),
    title: `Concern ${String(i + 1).padStart(3, '0')} ${pick(['feature store upkeep', 'batch scoring jobs', 'schema changes', 'model rollback', 'access reviews', 'cost of GPU training runs'])}`,
    description: '',
    category: categories[Math.floor((i * categories.length) / concernCount)] ?? 'Other',
  }));
  const participants = Array.from({ length: participantCount }, (_, i) => ({ id: uuid(7, i + 1), ownRole: roles[i % roleCount]?.id ?? '' }));
  const answers: ExportAnswer[] = [];
  const createdAt = new Date('2026-10-01T08:00:00.000Z');
  concerns.forEach((concern, ci) => {
    // each concern has one or two favourite roles, so the matrix has clear rows, overlaps and gaps
    const favourites = [roles[ci % roleCount]?.id ?? '', roles[(ci * 7 + 3) % roleCount]?.id ?? ''];
    for (const p of participants) {
      const x = rnd();
      let part: Pick<ExportAnswer, 'choice' | 'owners' | 'raci'>;
      if (x < 0.06) part = { choice: 'unknown', owners: [], raci: null };
      else if (x < 0.06 + (ci % 5 === 0 ? 0.5 : 0.05)) part = { choice: 'nobody', owners: [], raci: null };
      else if (x < 0.75) part = { choice: 'owners', owners: [favourites[0] ?? ''], raci: null };
      else if (x < 0.9) part = { choice: 'owners', owners: ci % 3 === 0 ? [...new Set(favourites)] : [favourites[1] ?? ''], raci: null };
      else part = { choice: 'owners', owners: [pick(roles).id], raci: null };
      answers.push({
        participantId: p.id,
        participantName: null,
        ownRole: p.ownRole,
        concernId: concern.id,
        round: 1,
        ...part,
        confidence: Math.floor(rnd() * 5) + 1,
        comment: null,
        answeredAt: new Date(createdAt.getTime() + ci * 60_000),
      });
    }
  });
  const byRole: Record<string, number> = {};
  for (const p of participants) byRole[p.ownRole] = (byRole[p.ownRole] ?? 0) + 1;
  const bundle = assembleExportBundle({
    session: {
      id: uuid(8, 1),
      title: 'Platform-wide ownership census',
      workshopTitle: 'Everything we run',
      createdAt,
      closedAt: new Date('2026-10-01T10:00:00.000Z'),
      status: 'closed',
      settings: { ...DEFAULT_SETTINGS, anonymity: 'anonymous', answerMode: 'owners', threshold: 0.4, minSegmentSize: 3 },
      round: 1,
    },
    roles,
    concerns,
    participantsByRole: byRole,
    tally: tallyFromAnswers(answers),
    answers,
    generatedAt: new Date('2026-10-02T08:00:00.000Z'),
  });
  return { ...bundle, room: roomOwnership(bundle.rounds[0]!, null, roles.map((r) => r.id)) };
}
