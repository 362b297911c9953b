/**
 * The README's examples, run as written against the demo programme: every GraphQL example as the
 * role its `# Run as:` line names, and every `npx ledger` and `curl` line of its shell blocks (those
 * after a "with the ledger stopped" marker once the ledger has stopped). `npx ledger` runs the
 * package's bin from a scratch folder, so that files the lines write land there.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PROGRAMME } from '../src/demo/cast';
import { startDemoLedger, type DemoLedger } from './support/demoLedger';
import type { Json } from './support/ledgerApi';
import { untilSubscriptionsOpen } from './support/liveSubscriptions';
import { projectRoot } from './support/runTypeScript';
import { waitFor } from './support/waitFor';

interface Block {
  readonly language: string;
  readonly body: string;
  readonly ledgerStopped: boolean;
}

const README = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const BLOCKS: Block[] = [
  ...README.matchAll(/(<!-- readme-test: with the ledger stopped -->\s*)?```(\w*)\n([\s\S]*?)```/g),
].map(([, stopped, language, body]) => ({
  language: language!,
  body: body!,
  ledgerStopped: Boolean(stopped),
}));
const GRAPHQL = BLOCKS.filter(({ language }) => language === 'graphql');
const commandsIn = (blocks: Block[]) =>
  blocks
    .filter(({ language }) => language === 'sh')
    .flatMap(({ body }) => body.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.startsWith('npx ledger') || line.startsWith('curl '));
const WHILE_RUNNING = commandsIn(BLOCKS.filter(({ ledgerStopped }) => !ledgerStopped));
const WHEN_STOPPED = commandsIn(BLOCKS.filter(({ ledgerStopped }) => ledgerStopped));

/** A value in an answer by its path: `overview.teams.0.name`, `runChart.points.length`. */
const valueAt = (data: Json, path: string): Json =>
  path
    .split('.')
    .reduce((value: Json, step) => (value === undefined || value === null ? value : value[step]), data);

/**
 * What each README example shows on the demo programme (run in README order, so the access record
 * and the tree size include what the examples before did). A new example needs its line here.
 */
const README_ANSWERS: { example: string; values: Record<string, Json> }[] = [
  {
    example: 'overview(programmeId: "programme-harrowmere") {\n    programme {',
    values: {
      'overview.programme.name': 'Harrowmere: time for relationships',
      'overview.programme.status': 'ACTIVE',
      'overview.programme.startDate': '2024-09-02',
      'overview.currentPhase.name': 'Methodology and spread',
      'overview.target.count': 12,
      'overview.teams.0.name': 'Front door and assessment',
      'overview.teams.0.implementedWithinTarget': 4,
      'overview.experiments': { running: 0, supported: 2, notSupported: 1, stoppedEarly: 1 },
      'overview.metrics.0.latest': { value: 31, periodEnd: '2025-11-21' },
      'overview.blueprint.currentVersion': 3,
      'overview.lastReview.heldAt': '2025-11-24',
    },
  },
  {
    example: 'runChart(programmeId: "programme-harrowmere", metricId: "metric-time-with-families")',
    values: {
      'runChart.baseline': { median: 19.5, until: '2024-11-04' },
      'runChart.points.length': 32,
      'runChart.points.0': { periodEnd: '2024-09-13', value: 19 },
      'runChart.signals.0.rule': 'SHIFT',
      'runChart.signals.0.direction': 'ABOVE',
      'runChart.signals.0.from': '2025-01-20',
      'runChart.signals.0.to': '2025-11-21',
    },
  },
  {
    example: 'history(',
    values: {
      'history.totalCount': 81,
      'history.edges.0.node.type': 'MeasurementRecorded',
      'history.edges.0.node.streamName': 'measurements-metric-time-with-families',
      'history.edges.0.node.actorName': 'Sam Ferrow',
      'history.edges.0.node.data.value': 19,
    },
  },
  {
    example: 'overview(programmeId: "programme-harrowmere", asOf: { occurredAt: "2025-03-31" })',
    values: {
      'overview.currentPhase.name': 'Test and learn',
      'overview.experiments': { running: 1, concluded: 1, stoppedEarly: 1 },
      'overview.blueprint.currentVersion': 1,
      'journey.edges.0.node.summary':
        'Experiment "Protected Thursday visit mornings" designed: if we keep Thursday mornings free of meetings and duty, we expect more time with families, because fewer things compete for that time.',
      'journey.edges.0.node.actorName': 'Marcus Penhale',
    },
  },
  {
    example: 'smallChanges(programmeId: "programme-harrowmere", asOf: { occurredAt: "2024-11-30" }',
    values: {
      'smallChanges.totalCount': 12,
      'smallChanges.edges.0.node.title': 'One visit note, copied to the case file',
      'smallChanges.edges.0.node.status': 'IMPLEMENTED',
      'smallChanges.edges.0.node.implemented.implementedAt': '2024-11-04',
    },
  },
  {
    example: 'blueprint(programmeId: "programme-harrowmere") {\n    versions {',
    values: {
      'blueprint.versions.length': 3,
      'blueprint.versions.0.summary': 'The first blueprint: what we will test, and how we will know',
      'blueprint.versions.0.endorsedBy': [
        { name: 'Ines Marlowe' },
        { name: 'Marcus Penhale' },
        { name: 'Grace Tamsin' },
      ],
      'blueprint.versions.0.changes.0.title': 'Duty in weekly blocks',
    },
  },
  {
    example: 'blueprintDiff(programmeId: "programme-harrowmere", from: 1, to: 3)',
    values: {
      'blueprintDiff.differences.length': 5,
      'blueprintDiff.differences.0.change': 'REVISED',
      'blueprintDiff.differences.0.before': { title: 'Duty in weekly blocks' },
      'blueprintDiff.differences.0.after': { title: 'Duty in weekly blocks for both teams' },
    },
  },
  {
    example:
      'experiments(programmeId: "programme-harrowmere", filter: { statuses: [CONCLUDED, STOPPED_EARLY] })',
    values: {
      'experiments.edges.length': 4,
      'experiments.edges.0.node.title': 'Protected Thursday visit mornings',
      'experiments.edges.0.node.conclusion.result': 'NOT_SUPPORTED',
      'experiments.edges.1.node.conclusion.nextStep': 'ADOPT',
      'surveyRounds.totalCount': 33,
      'surveyRounds.edges.0.node.respondents': 9,
      'surveyRounds.edges.0.node.themes': ['A different worker every visit', 'Visits feel rushed'],
    },
  },
  {
    example: 'writtenOutput(programmeId: "programme-harrowmere", output: INSIGHTS',
    values: {
      'writtenOutput.title': 'Harrowmere: time for relationships: Insights: challenges and opportunities',
      'writtenOutput.sections.1.heading': 'Sensemaking sessions',
      'writtenOutput.sections.1.statements.0.text':
        'Sensemaking session on 18 Dec 2024, with 3 practitioners, 2 managers, 1 senior leader and 1 external: 4 insights recorded.',
      'writtenOutput.sections.2.heading': 'Challenges',
      'writtenOutput.sections.2.statements.0.eventIds.length': 3,
      'overview.writtenOutputs.0': {
        output: 'INSIGHTS',
        dueBy: '2025-01-15',
        standing: 'DELIVERED',
        deliveries: [{ occurredAt: '2025-01-29', audience: 'The senior leadership team and both teams' }],
      },
      'overview.writtenOutputs.4': {
        output: 'CASE_STUDY',
        dueBy: '2025-09-01',
        standing: 'LATE',
        deliveries: [],
      },
    },
  },
  {
    example: 'feedbackRounds(programmeId: "programme-harrowmere") {',
    values: {
      'feedbackRounds.edges.length': 3,
      'feedbackRounds.edges.0.node.heldAt': '2024-11-18',
      'feedbackRounds.edges.0.node.answered': 13,
      'feedbackRounds.edges.0.node.consequences.1': {
        description: 'Practitioners hot-desking by patch feel cut off from their own team',
        onStaff: true,
        closed: { resolution: 'Both teams sit together again' },
      },
      'feedbackRounds.edges.1.node.responses.0.decision.decision':
        'Replace fixed visit mornings with flexible protected hours',
      'feedbackRounds.edges.2.node': {
        heldAt: '2025-06-02',
        phaseId: 'testAndLearn',
        answered: 12,
        themes: ['The vision still fits', 'Rota blocks should stay'],
        consequences: [],
        answeredByUs: false,
        responses: [],
        citedBy: [],
      },
      'staffFeedback.phasesWithoutFeedback': [
        { name: 'Vision' },
        { name: 'Sensemaking and blueprint' },
        { name: 'Methodology and spread' },
      ],
      'staffFeedback.itemsWithoutFeedback.0': {
        kind: 'SMALL_CHANGE',
        title: 'Drop the weekly performance return',
      },
      'staffFeedback.openConsequences': [],
    },
  },
  {
    example: 'experiment(programmeId: "programme-harrowmere", experimentId: "experiment-paired-visits")',
    values: {
      'experiment.stoppedEarly.decision': {
        decision: 'Pause paired first visits until vacancies are filled',
        recordedBy: { name: 'Grace Tamsin' },
        recordedByRole: 'LEADER',
        review: { kind: 'MONTHLY_SENIOR_LEADER_REVIEW', heldAt: '2025-02-24' },
      },
      'review.decisions.0.followedBy': [
        { step: 'EXPERIMENT_STOPPED', title: 'Paired first visits', occurredAt: '2025-03-03' },
        {
          step: 'BLUEPRINT_ELEMENT_CHANGED',
          title: 'Paired first visits for adolescents',
          occurredAt: '2025-04-14',
        },
      ],
    },
  },
  {
    example: 'failures(programmeId: "programme-harrowmere", asOf: { occurredAt: "2025-06-30" })',
    values: {
      'failures.totalCount': 7,
      'failures.edges.0.node.kind': 'SMALL_CHANGE_DECLINED',
      'failures.edges.0.node.learning': 'Some paperwork is owned outside the programme',
      'failures.edges.4.node.kind': 'EXPERIMENT_STOPPED',
      'failures.edges.4.node.decision': { decision: 'Pause paired first visits until vacancies are filled' },
      'failures.edges.6.node': {
        kind: 'ESCALATION_CLOSED_WITHOUT_RESULT',
        title: 'A longer assessment window when a family asks for one',
        occurredAt: '2025-06-16',
        rationale: 'The department replied that assessment timescales stay as they are for now',
        learning: "One authority's escalation carries little weight; evidence from several would carry more",
        nextStep: 'Shared the case with the regional improvement alliance',
        decision: null,
      },
    },
  },
  {
    example: 'blueprint(programmeId: "programme-harrowmere") {\n    implementation {',
    values: {
      'blueprint.implementation.planned': 1,
      'blueprint.implementation.implemented': 4,
      'blueprint.implementation.retired': 1,
      'blueprint.implementation.notStartedByPlannedStart': [
        { title: 'Monthly relational practice check-ins', plannedStartOn: '2025-10-06' },
      ],
      'blueprint.elements.0.title': 'Duty in weekly blocks for both teams',
      'blueprint.elements.0.implementation.status': 'IMPLEMENTED',
      'blueprint.elements.0.implementation.owner': { name: 'Marcus Penhale' },
      'blueprint.elements.0.experiments': [{ title: 'Duty in weekly blocks', status: 'CONCLUDED' }],
    },
  },
  {
    example: 'participants(programmeId: "programme-harrowmere", onDate: "2025-07-01"',
    values: {
      'participants.length': 4,
      'participants.1.person.name': 'Kofi Adair',
      'participants.1.teamHistory': [
        { teamId: 'team-adolescents', since: { occurredAt: '2024-09-03' }, reason: null },
        {
          teamId: 'team-front-door',
          since: { occurredAt: '2025-06-02' },
          reason: 'Cover while a front-door post is vacant',
        },
      ],
    },
  },
  {
    example: '  runChart(\n    programmeId: "programme-harrowmere"',
    values: {
      'runChart.teamId': 'team-front-door',
      'runChart.points.length': 8,
      'runChart.points.0': { periodEnd: '2025-02-28', value: 22 },
      'runChart.baseline': { median: 20 },
      'runChart.signals': [
        { rule: 'SHIFT', direction: 'ABOVE' },
        { rule: 'TREND', direction: 'RISING' },
      ],
    },
  },
  {
    example: 'blueprintLineage(programmeId: "programme-oakbrook") {',
    values: {
      'blueprintLineage.self': {
        programmeName: 'Oakbrook: relationships across the villages',
        derivedFrom: { programmeId: 'programme-harrowmere', version: 3 },
        adaptations: { added: 1, removed: 1, adapted: 1, kept: 4 },
      },
      'blueprintLineage.diff': {
        differences: [
          {
            change: 'REMOVED',
            title: 'Duty in weekly blocks for both teams',
            fieldsChanged: [],
            changes: [
              {
                change: 'REMOVED',
                rationale: 'Oakbrook’s family support team takes no duty, so there is no rota to change',
              },
            ],
          },
          {
            change: 'ADAPTED',
            title: 'Protected visit hours around the school day',
            fieldsChanged: ['title', 'description'],
            changes: [
              {
                change: 'REVISED',
                rationale:
                  'A small team on long drives cannot protect eight hours; six around the school day it can',
              },
            ],
          },
          ...[
            'One visit note, written once',
            'Fortnightly practitioner pulse survey',
            'Supervisors sign off minor plan updates',
            'Monthly relational practice check-ins',
          ].map((title) => ({
            change: 'KEPT',
            title,
            fieldsChanged: [],
            changes: [
              {
                change: 'REVISED',
                rationale: 'Kept as Harrowmere wrote it: it answers our own barrier, notes typed up twice',
              },
            ],
          })),
          {
            change: 'ADDED',
            title: 'Visit days by village',
            fieldsChanged: [],
            changes: [{ change: 'ADDED', rationale: 'Travel, not duty, takes most of Oakbrook’s week' }],
          },
        ],
      },
      'blueprintLineage.ancestors': [{ programmeName: 'Harrowmere: time for relationships' }],
      'blueprintLineage.descendants': [],
    },
  },
  {
    example: 'issueApiKey(input: { actorId: "person-kofi", roles: [PRACTITIONER]',
    values: { 'issueApiKey.apiKey.actorId': 'person-kofi', 'issueApiKey.apiKey.roles': ['PRACTITIONER'] },
  },
  {
    example: 'proposeSmallChange(',
    values: {
      'proposeSmallChange.streamRevision': '0',
      'proposeSmallChange.alreadyApplied': false,
      'proposeSmallChange.smallChange.status': 'PROPOSED',
      'proposeSmallChange.smallChange.proposedBy': [{ name: 'Ines Marlowe' }],
    },
  },
  {
    example: 'filter: { kinds: [SMALL_CHANGE], from: "2024-11-11", to: "2024-11-20" }',
    values: {
      'journey.totalCount': 2,
      'journey.edges.0.node.eventType': 'SmallChangeImplemented',
      'journey.edges.0.node.summary':
        'Adolescent safety implemented "A shared travel planner for joint visits": In daily use by the whole team.',
      'journey.edges.1.node.eventType': 'OccurredDateCorrected',
      'journey.edges.1.node.summary':
        'Date corrected: the small change implemented of "A shared travel planner for joint visits" occurred on 11 Nov 2024, not 4 Nov 2024.',
      'journey.edges.1.node.rationale':
        'The travel planner’s log shows its first joint visit on 11 November, not 4 November',
    },
  },
  {
    example: 'query SmallChangePages(',
    values: {
      'smallChanges.totalCount': 6,
      'smallChanges.pageInfo.hasNextPage': true,
      'smallChanges.edges.length': 5,
      'smallChanges.edges.0.node': { title: 'One visit note, copied to the case file', status: 'KEPT' },
    },
  },
  {
    example: 'ledgerDigest {',
    values: {
      'ledgerDigest.treeSize': 307,
      'consistencyProof.fromSize': 50,
      'consistencyProof.toSize': 307,
      'consistencyProof.proof.length': 9,
    },
  },
  {
    example: 'accessRecord(filter: { kinds: [SIGN_IN_REFUSED, REQUEST_REFUSED, PERSONAL_DATA_READ] }',
    values: {
      'accessRecord.totalCount': 9,
      'accessRecord.edges.0.node.kind': 'PERSONAL_DATA_READ',
      'accessRecord.edges.0.node.actorId': 'auditor-demo',
      'accessRecord.edges.0.node.details': { participantIds: ['person-sam'], operation: 'history' },
    },
  },
];

/**
 * What each README subscription delivers (in README order) once the test records barrier n; a
 * barrier recorded without a date occurred when it was recorded, between the test's two clock readings.
 */
const SUBSCRIPTION_ANSWERS: Json[] = [
  { data: { overviewChanged: { smallChanges: { kept: 4, escalated: 2 }, barriers: { localOpen: 6 } } } },
  {
    data: {
      journeyEntryRecorded: {
        occurredAt: 'while the test recorded it',
        summary:
          'A local process barrier "Barrier for README example 1" was identified at a sensemaking session.',
        actorName: 'Sam Ferrow',
        actorRole: 'facilitator',
      },
    },
  },
];

/** The role each README GraphQL example runs as, in README order (its `# Run as:` line). */
const README_ROLES = [
  'leader',
  'evaluator',
  'leader',
  'auditor',
  'auditor',
  ...Array<string>(12).fill('evaluator'),
  'admin',
  'practitioner',
  'leader',
  'evaluator',
  'evaluator',
  'auditor',
  'auditor',
];

/** The README's `npx ledger` and `curl` lines for a running ledger, in README order. */
const README_LINES_WHILE_RUNNING = [
  String.raw`curl -s http://localhost:4000/graphql -H "Authorization: Bearer $LEDGER_TOKEN" -H 'content-type: application/json' -d '{"query":"{ overview(programmeId: \"programme-harrowmere\") { currentPhase { name } smallChanges { kept adapted reverted declined escalated } } }"}'`,
  'npx ledger history programme-harrowmere --type MeasurementRecorded --type MeasurementCorrected --actor person-sam',
  'npx ledger history programme-harrowmere --type DecisionRecorded --from 2024-01-01 --format json',
  'npx ledger journey programme-harrowmere --format md --out ~/ledger-exports/harrowmere-journey.md',
  'npx ledger blueprint programme-harrowmere --diff 1..3',
  'npx ledger journey programme-harrowmere --format json --out ~/ledger-exports/harrowmere-journey.json',
  'npx ledger output programme-harrowmere --document caseStudy --occurred-at 2025-09-30 --format md',
  'npx ledger tokens create --role evaluator --actor evaluator-2 --label "University evaluation team"',
  'npx ledger tokens list',
  'npx ledger backup ~/ledger-backups/harrowmere.db',
  'curl http://localhost:4000/ready',
  'npx ledger tokens create --role evaluator --actor evaluator-3 --programme programme-harrowmere --label "Harrowmere evaluation"',
  'npx ledger digest > saved-digest.json',
  'npx ledger verify --digest saved-digest.json',
  'npx ledger proof --position 42 --digest saved-digest.json > event-proof.json',
  'npx ledger verify-proof --digest saved-digest.json --proof event-proof.json',
  'npx ledger public-key > ledger-public-key.pem',
  String.raw`curl -s http://localhost:4000/graphql -H "Authorization: Bearer $LEDGER_TOKEN" -H 'content-type: application/json' -d '{"query":"{ ledgerDigest { treeSize rootHash accessRecordSize accessRecordHash signedAt keyId signature publicKey } }"}'`,
];

/**
 * What a reader sees on opening a file a line wrote: a document's first line, a JSON file's
 * top-level fields, a database file's header.
 */
const whatAFileShows = (content: Buffer): string => {
  const text = content.toString('utf8');
  if (text.startsWith('{')) return `JSON: ${Object.keys(JSON.parse(text) as object).join(', ')}`;
  if (text.startsWith('SQLite format 3\0')) return 'SQLite format 3';
  return text.split('\n')[0]!;
};

/** The files each README line writes (under the scratch home folder), with what each shows. */
const README_FILES_WRITTEN: Record<string, Record<string, string>> = {
  'npx ledger journey programme-harrowmere --format md --out ~/ledger-exports/harrowmere-journey.md': {
    'ledger-exports/harrowmere-journey.md': '# Harrowmere: time for relationships',
  },
  'npx ledger journey programme-harrowmere --format json --out ~/ledger-exports/harrowmere-journey.json': {
    'ledger-exports/harrowmere-journey.json':
      'JSON: exportedAt, lastPosition, overview, journey, blueprint, smallChanges, experiments, reviews, metrics, surveyRounds',
  },
  'npx ledger backup ~/ledger-backups/harrowmere.db': { 'ledger-backups/harrowmere.db': 'SQLite format 3' },
  'npx ledger digest > saved-digest.json': {
    'saved-digest.json':
      'JSON: treeSize, rootHash, accessRecordSize, accessRecordHash, signedAt, keyId, signature, publicKey',
  },
  'npx ledger proof --position 42 --digest saved-digest.json > event-proof.json': {
    'event-proof.json':
      'JSON: format, event, salting, leafIndex, treeSize, inclusionProof, head, consistency',
  },
  'npx ledger public-key > ledger-public-key.pem': { 'ledger-public-key.pem': '-----BEGIN PUBLIC KEY-----' },
};

let demo: DemoLedger;
let scratch: string;
let build: string;
beforeAll(async () => {
  // `npx ledger` runs the compiled tool: compile these sources into a temporary folder (never
  // the repository's dist/), and run it from there with the project's node_modules.
  build = mkdtempSync(join(tmpdir(), 'ledger-readme-build-'));
  execFileSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
      '--outDir',
      join(build, 'dist'),
    ],
    { cwd: projectRoot },
  );
  // The tool loads the stand-alone proof verifier from beside dist/, as in the repository.
  symlinkSync(join(projectRoot, 'verifier'), join(build, 'verifier'));
  demo = await startDemoLedger();
  scratch = mkdtempSync(join(tmpdir(), 'ledger-readme-'));
}, 120_000);
afterAll(async () => {
  await demo.close();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(build, { recursive: true, force: true });
});

const roleOf = (query: string) => /^# Run as: (\w+)$/m.exec(query)?.[1];

/** Every file under a folder, by its path inside it. */
const filesIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) =>
    statSync(join(folder, path)).isFile(),
  );

/** Runs a line in bash (asynchronously: the ledger answering it runs in this process). */
const run = async (line: string) => {
  const command = line
    .replace(/^npx ledger/, `"${process.execPath}" "${join(build, 'dist', 'cli', 'ledger.js')}"`)
    .replace(/localhost:4000/g, `localhost:${demo.server.port}`);
  const before = new Set(filesIn(scratch));
  // The scratch folder stands in for your home: `~/ledger-exports/…` lands there.
  const child = spawn('bash', ['-c', command], {
    cwd: scratch,
    env: {
      ...process.env,
      ...demo.env,
      HOME: scratch,
      LEDGER_TOKEN: demo.tokens.get('leader'),
      NODE_PATH: join(projectRoot, 'node_modules'),
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const written = filesIn(scratch).filter((file) => !before.has(file));
  return { status, stdout, stderr, written };
};

describe('the README', () => {
  it('has examples for each kind of user, each naming the role to run it as', () => {
    expect(GRAPHQL.map(({ body }) => roleOf(body))).toEqual(README_ROLES);
    expect(WHILE_RUNNING).toEqual(README_LINES_WHILE_RUNNING);
    expect(WHEN_STOPPED).toEqual(['npx ledger restore ~/ledger-backups/harrowmere.db', 'npx ledger rebuild']);
  });

  it('has GraphQL examples that answer on the demo programme as their role, with what a reader sees', async () => {
    const examples = GRAPHQL.filter(({ body }) => !/^subscription/m.test(body));
    const seen = examples.map(({ body }) => {
      const expected = README_ANSWERS.filter(({ example }) => body.includes(example));
      expect([body.slice(0, 80), expected.length]).toEqual([body.slice(0, 80), 1]);
      return expected[0]!;
    });
    for (const [n, { body }] of examples.entries()) {
      const answer = await demo.post({ Authorization: `Bearer ${demo.tokens.get(roleOf(body)!)}` }, body);
      expect([body.slice(0, 80), answer.errors]).toEqual([body.slice(0, 80), undefined]);
      const { example, values } = seen[n]!;
      const shown = Object.fromEntries(Object.keys(values).map((path) => [path, valueAt(answer.data, path)]));
      expect([example, shown]).toEqual([example, values]);
    }
  }, 120_000);

  it('has subscription examples that deliver what is recorded next', async () => {
    const subscriptions = GRAPHQL.filter(({ body }) => /^subscription/m.test(body));
    expect(subscriptions.map(({ body }) => body.split('\n')[0])).toEqual([
      '# Run as: leader',
      '# Run as: evaluator',
    ]);
    for (const [n, { body }] of subscriptions.entries()) {
      await untilSubscriptionsOpen(demo.server.url, 0);
      const client = createClient({
        url: demo.server.url.replace('http', 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${demo.tokens.get(roleOf(body)!)}` },
        retryAttempts: 0,
      });
      const received: Json[] = [];
      const stop = client.subscribe(
        { query: body },
        {
          next: (value) => received.push(value),
          error: (error) => received.push({ error }),
          complete: () => undefined,
        },
      );
      try {
        await untilSubscriptionsOpen(demo.server.url, 1);
        const sent = Date.now();
        const recorded = await demo.post(
          { Authorization: `Bearer ${demo.tokens.get('facilitator')}` },
          `mutation { identifyBarrier(input: { programmeId: "${DEMO_PROGRAMME}", title: "Barrier for README example ${n}", description: "Recorded by the README test", kind: PROCESS, scope: LOCAL, source: { kind: SENSEMAKING }, identifiedBy: ["person-kofi"] }) { commandId } }`,
        );
        expect(recorded.errors).toBeUndefined();
        await waitFor(() => received.length > 0, 5000, `an answer to ${body.slice(0, 60)}`);
        const entry = received[0].data?.journeyEntryRecorded;
        if (entry && Date.parse(entry.occurredAt) >= sent && Date.parse(entry.occurredAt) <= Date.now())
          entry.occurredAt = 'while the test recorded it';
        expect(received[0]).toEqual(SUBSCRIPTION_ANSWERS[n]);
      } finally {
        stop();
        await client.dispose();
      }
    }
  });

  it('has command lines that run as written while the ledger runs', async () => {
    const wrote: Record<string, Record<string, string>> = {};
    for (const line of WHILE_RUNNING) {
      const outcome = await run(line);
      expect([line, outcome.status, outcome.stderr]).toEqual([
        line,
        0,
        expect.not.stringMatching(/\n\s+at /),
      ]);
      const output =
        outcome.stdout || outcome.written.map((file) => readFileSync(join(scratch, file), 'utf8')).join('');
      expect([line, output.length > 0]).toEqual([line, true]);
      if (line.startsWith('curl ')) expect(JSON.parse(outcome.stdout).errors).toBeUndefined();
      if (outcome.written.length > 0)
        wrote[line] = Object.fromEntries(
          outcome.written.map((file) => [file, whatAFileShows(readFileSync(join(scratch, file)))]),
        );
    }
    expect(wrote).toEqual(README_FILES_WRITTEN);
  }, 180_000);

  it('has maintenance lines that run as written once the ledger has stopped', async () => {
    await demo.stop();
    for (const line of WHEN_STOPPED) {
      const outcome = await run(line);
      expect([line, outcome.status, outcome.stderr]).toEqual([
        line,
        0,
        expect.not.stringMatching(/\n\s+at /),
      ]);
    }
  });

  it('runs `npx ledger` as the package’s own bin', () => {
    // npx runs the file package.json names as the `ledger` bin: run that file beside the compiled
    // copy (`npx` itself would run the package's prepare script, rebuilding dist/ in the repository).
    const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { bin: object };
    expect(manifest.bin).toEqual({ ledger: 'bin/ledger.js' });
    mkdirSync(join(build, 'bin'));
    copyFileSync(join(projectRoot, 'bin', 'ledger.js'), join(build, 'bin', 'ledger.js'));
    const outcome = spawnSync(process.execPath, [join(build, 'bin', 'ledger.js'), 'help'], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: join(projectRoot, 'node_modules') },
    });
    expect([outcome.status, outcome.stdout]).toEqual([
      0,
      expect.stringContaining('Usage: ledger <command> [options]'),
    ]);
  });
});
