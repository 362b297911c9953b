import type { Element } from '../../src/domain/blueprint/events';
import { event, launchedProgramme, P, readModelsGiven, type Given } from './givenEvents';

const element = (elementId: string, title: string, ownerIds = ['person-sw']): Element => ({
  elementId,
  kind: 'processChange',
  title,
  description: `${title}, described`,
  barrierIds: ['barrier-forms'],
  ownerIds,
});
const publish = (version: number, summary: string) =>
  event('BlueprintVersionPublished', {
    programmeId: P,
    version,
    summary,
    endorsedBy: ['person-sw', 'person-dir'],
  });

const evolution: Given[] = [
  ...launchedProgramme(),
  event('BlueprintDrafted', { programmeId: P, coOwnerIds: ['person-sw', 'person-dir'] }),
  event('BlueprintElementAdded', {
    programmeId: P,
    ...element('el-rota', 'Weekly rota'),
    rationale: null,
    evidence: [],
  }),
  event('BlueprintElementAdded', {
    programmeId: P,
    ...element('el-mornings', 'Visit mornings'),
    rationale: null,
    evidence: [],
  }),
  publish(1, 'First'),
  event('ExperimentDesigned', {
    experimentId: 'ex-mornings',
    programmeId: P,
    title: 'Protected mornings',
    hypothesis: { ifWe: 'a', weExpect: 'b', because: 'c' },
    barrierIds: [],
    blueprintElementId: 'el-mornings',
    measureIds: [],
    plannedStart: '2022-03-01',
    reviewDate: '2022-04-01',
  }),
  event('ExperimentStarted', { experimentId: 'ex-mornings', programmeId: P, startedAt: '2022-03-01' }),
  event('ExperimentConcluded', {
    experimentId: 'ex-mornings',
    programmeId: P,
    concludedAt: '2022-04-01',
    result: 'notSupported',
    learning: 'Emergencies cluster in the mornings',
    nextStep: 'adapt',
  }),
  event('ReviewHeld', {
    reviewId: 'r-apr',
    programmeId: P,
    kind: 'monthlySeniorLeaderReview',
    heldAt: '2022-04-04',
    teamId: null,
    attendeeIds: [],
  }),
  event('DecisionRecorded', {
    reviewId: 'r-apr',
    programmeId: P,
    decisionId: 'd-flex',
    decision: 'Use flexible hours',
    rationale: 'Mornings did not work',
    affects: [],
    followUpOwnerId: null,
  }),
  event('BlueprintElementRevised', {
    programmeId: P,
    ...element('el-mornings', 'Flexible visit hours'),
    rationale: 'Mornings did not protect time',
    evidence: [
      { kind: 'experimentConclusion', id: 'ex-mornings' },
      { kind: 'reviewDecision', id: 'r-apr', decisionId: 'd-flex' },
    ],
  }),
  publish(2, 'Adapted'),
  event('SurveyRoundRecorded', {
    surveyRoundId: 'survey-may',
    programmeId: P,
    heldAt: '2022-05-02',
    audience: 'practitioners',
    respondents: 14,
    scores: [],
    themes: ['The rota is confusing'],
    anonymisedQuotes: [],
  }),
  event('BlueprintElementRemoved', {
    programmeId: P,
    elementId: 'el-rota',
    rationale: 'Practitioners found it confusing',
    evidence: [{ kind: 'surveyRound', id: 'survey-may' }],
  }),
  event('BlueprintElementAdded', {
    programmeId: P,
    ...element('el-notes', 'One-page notes', ['person-dir']),
    rationale: 'Spread what worked',
    evidence: [{ kind: 'smallChangeReview', id: 'sc-missing' }],
  }),
  publish(3, 'Third'),
];

describe('blueprint evolution', () => {
  const { readModels } = readModelsGiven(evolution);
  const blueprint = readModels.blueprint(P)!;

  it('keeps every published version as a full snapshot of its elements', () => {
    expect(blueprint.versions.map((v) => [v.version, v.summary, v.elements.map((e) => e.title)])).toEqual([
      [1, 'First', ['Weekly rota', 'Visit mornings']],
      [2, 'Adapted', ['Weekly rota', 'Flexible visit hours']],
      [3, 'Third', ['Flexible visit hours', 'One-page notes']],
    ]);
  });

  it('records each change between versions with its rationale and its evidence resolved to what it is', () => {
    const [revision] = blueprint.versions[1]!.changes;
    expect(revision).toMatchObject({
      change: 'revised',
      elementId: 'el-mornings',
      rationale: 'Mornings did not protect time',
    });
    expect(revision?.before?.title).toBe('Visit mornings');
    expect(revision?.evidence.map(({ kind, found, summary }) => ({ kind, found, summary }))).toEqual([
      {
        kind: 'experimentConclusion',
        found: true,
        summary:
          'Experiment "Protected mornings" concluded not supported (next step: adapt); learning: Emergencies cluster in the mornings.',
      },
      {
        kind: 'reviewDecision',
        found: true,
        summary:
          'Decision at the monthly senior leader review of 4 Apr 2022: "Use flexible hours" because Mornings did not work.',
      },
    ]);
    const [removal, addition] = blueprint.versions[2]!.changes;
    expect(removal).toMatchObject({
      change: 'removed',
      title: 'Weekly rota',
      rationale: 'Practitioners found it confusing',
    });
    expect(removal?.evidence[0]?.summary).toBe(
      'Survey of practitioners on 2 May 2022, 14 respondents; themes: The rota is confusing.',
    );
    expect(addition?.evidence[0]).toMatchObject({
      found: false,
      summary: 'The cited small change review (sc-missing) is not in the ledger.',
    });
  });

  it('diffs any two versions, with the changes recorded in between', () => {
    const diff = readModels.blueprintDiff(P, 1, 3);
    expect(diff.differences.map((d) => [d.change, d.elementId, d.fieldsChanged])).toEqual([
      ['revised', 'el-mornings', ['title', 'description']],
      ['added', 'el-notes', []],
      ['removed', 'el-rota', []],
    ]);
    expect(diff.changes.map((c) => c.change)).toEqual(['revised', 'removed', 'added']);
    expect(() => readModels.blueprintDiff(P, 3, 1)).toThrow(/earlier version to a later one/);
    expect(() => readModels.blueprintDiff(P, 1, 4)).toThrow(
      'Version 4 of this blueprint has not been published (published: 1, 2, 3)',
    );
  });

  it('keeps the lineage of a blueprint derived from another programme', () => {
    const { readModels: spread } = readModelsGiven([
      ...evolution,
      event('ProgrammeLaunched', {
        programmeId: 'programme-hillside',
        name: 'Hillside',
        localAuthority: 'Hillside (fictional)',
        scope: 's',
        startDate: '2023-01-02',
        plannedDurationMonths: 15,
        phases: [],
        smallChangeTarget: null,
      }),
      event('BlueprintDerived', {
        programmeId: 'programme-hillside',
        coOwnerIds: [],
        source: { programmeId: P, version: 2 },
        elements: [element('el-mornings', 'Flexible visit hours')],
      }),
    ]);
    const derived = spread.blueprint('programme-hillside');
    expect(derived?.derivedFrom).toEqual({
      programmeId: P,
      programmeName: 'Riverside: more time with families',
      version: 2,
    });
    expect(derived?.unpublishedChanges[0]).toMatchObject({
      change: 'added',
      rationale: 'Derived from version 2 of Riverside: more time with families',
    });
  });
});
