/**
 * The checks a decision makes on what it knows beyond its own stream (facts.ts): the programme, its
 * teams, participants and metrics, and the items a command refers to, with the sentence each
 * refusal shows.
 */
import type { Evidence } from '../../src/domain/blueprint/events';
import * as facts from '../../src/domain/facts';
import type { Facts } from '../../src/domain/facts';
import type { ProgrammeDetails } from '../../src/domain/programme/state';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import {
  DIRECTOR,
  DUTY_TEAM,
  LEFT,
  LOCAL_BARRIER,
  METRIC,
  P,
  programmeFacts,
  programmeState,
  SW1,
} from './fixtures';
import { expectRefusal as refusal } from './refusals';

const OTHER = 'programme-other';
const item = (status: string, more: object = {}, programmeId = P) => ({ status, programmeId, ...more });
const world: Facts = {
  ...programmeFacts(),
  experiments: new Map([
    ['exp-running', item('Running')],
    ['exp-done', item('Concluded')],
    ['exp-stopped', item('StoppedEarly')],
    ['exp-elsewhere', item('Concluded', {}, OTHER)],
    ['exp-none', { status: 'None', programmeId: P }],
  ]) as never,
  smallChanges: new Map([
    ['sc-reviewed', item('Reviewed', { lastVerdict: 'keep' })],
    ['sc-new', item('Proposed', { lastVerdict: null })],
  ]) as never,
  reviews: new Map([['review-1', item('Held', { decisionIds: ['d1'] })]]) as never,
  surveyRounds: new Map([['survey-1', item('Recorded')]]) as never,
  feedbackRounds: new Map([
    ['fb-1', item('Recorded')],
    ['fb-2', item('Recorded')],
    ['fb-elsewhere', item('Recorded', {}, OTHER)],
  ]) as never,
  blueprints: new Map([[P, { status: 'Working', elements: new Map([['element-rota', {}]]) }]]) as never,
};
const programme = programmeState() as ProgrammeDetails & { status: 'Active' };

describe('Checks on the programme', () => {
  it('lets an open programme record from its start day', () => {
    expect(
      facts.openProgrammeOn(programme, {
        occurredAt: '2021-09-01',
        recordedAt: '2022-01-01',
        actor: { id: SW1, role: 'r' },
      }),
    ).toBe(programme);
    refusal(
      () =>
        facts.openProgrammeOn(programme, {
          occurredAt: '2021-08-31',
          recordedAt: '2022-01-01',
          actor: { id: SW1, role: 'r' },
        }),
      ValidationError,
      'NotBeforeProgrammeStart',
      'What you are recording is dated 2021-08-31, before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start',
    );
  });

  it('knows its teams, participants who have not left, their levels and metrics', () => {
    expect(() => facts.requireTeam(programme, DUTY_TEAM)).not.toThrow();
    refusal(
      () => facts.requireTeam(programme, 'team-x'),
      NotFoundError,
      'TeamInProgramme',
      'Team team-x is not enrolled in this programme',
    );
    const found = facts.requireParticipants(programme, [SW1, DIRECTOR], 'owners');
    expect(found.map((participant) => participant.participantId)).toEqual([SW1, DIRECTOR]);
    expect(facts.levelsOf(found)).toEqual(new Set(['practitioner', 'seniorLeader']));
    refusal(
      () => facts.requireParticipants(programme, ['person-x'], 'owners'),
      NotFoundError,
      'ParticipantInProgramme',
      'owners: person-x is not a participant of this programme',
    );
    refusal(
      () => facts.requireParticipants(programme, [SW1, LEFT], 'owners'),
      IllegalStateError,
      'ParticipantActive',
      'owners: participant person-left has left the programme',
    );
    expect(() => facts.requireMetrics(programme, [METRIC], 'metrics')).not.toThrow();
    refusal(
      () => facts.requireMetrics(programme, [METRIC, 'metric-x'], 'metrics'),
      NotFoundError,
      'MetricInProgramme',
      'metrics: metric metric-x is not defined in this programme',
    );
  });
});

describe('Checks on items of the programme', () => {
  it('finds barriers, small changes and experiments of this programme only', () => {
    expect(facts.requireBarriers(world, [LOCAL_BARRIER], P)).toEqual([world.barriers.get(LOCAL_BARRIER)]);
    refusal(
      () => facts.requireBarriers(world, [LOCAL_BARRIER], OTHER),
      NotFoundError,
      'BarrierInProgramme',
      `Barrier ${LOCAL_BARRIER} has not been identified in this programme`,
    );
    expect(facts.requireSmallChange(world, 'sc-new', P)).toBe(world.smallChanges.get('sc-new'));
    refusal(
      () => facts.requireSmallChange(world, 'sc-x', P),
      NotFoundError,
      'SmallChangeInProgramme',
      'Small change sc-x is not in this programme',
    );
    expect(facts.requireExperiment(world, 'exp-done', P)).toBe(world.experiments.get('exp-done'));
    refusal(
      () => facts.requireExperiment(world, 'exp-elsewhere', P),
      NotFoundError,
      'ExperimentInProgramme',
      'Experiment exp-elsewhere is not in this programme',
    );
    refusal(
      () => facts.requireExperiment(world, 'exp-none', P),
      NotFoundError,
      'ExperimentInProgramme',
      'Experiment exp-none is not in this programme',
    );
  });

  it('finds an element of the programme’s own blueprint', () => {
    expect(() => facts.requireBlueprintElement(world, P, 'element-rota')).not.toThrow();
    const message = "Element element-x is not in this programme's blueprint";
    refusal(
      () => facts.requireBlueprintElement(world, P, 'element-x'),
      NotFoundError,
      'ElementInBlueprint',
      message,
    );
    refusal(
      () => facts.requireBlueprintElement(world, OTHER, 'element-x'),
      NotFoundError,
      'ElementInBlueprint',
      message,
    );
    const none = { ...world, blueprints: new Map([[P, { status: 'None' }]]) } as never;
    refusal(
      () => facts.requireBlueprintElement(none, P, 'element-x'),
      NotFoundError,
      'ElementInBlueprint',
      message,
    );
  });

  it('cites a decision recorded at a review of this programme, keeping only the review and decision', () => {
    expect(
      facts.citedDecision(world, P, { reviewId: 'review-1', decisionId: 'd1', extra: 1 } as never),
    ).toEqual({ reviewId: 'review-1', decisionId: 'd1' });
    expect(facts.citedDecision(world, P, null)).toBeNull();
    expect(facts.citedDecision(world, P, undefined)).toBeNull();
    refusal(
      () => facts.requireDecision(world, P, { reviewId: 'review-1', decisionId: 'd9' }),
      NotFoundError,
      'DecisionInReview',
      'Decision d9 is not recorded at review review-1 of this programme',
    );
    refusal(
      () => facts.requireDecision(world, P, { reviewId: 'review-1', decisionId: '' }),
      NotFoundError,
      'DecisionInReview',
      'Decision (none given) is not recorded at review review-1 of this programme',
    );
    refusal(
      () => facts.requireDecision(world, OTHER, { reviewId: 'review-1', decisionId: 'd1' }),
      NotFoundError,
      'DecisionInReview',
      'Decision d1 is not recorded at review review-1 of this programme',
    );
  });

  it('cites feedback rounds of this programme, each once, and none when none are given', () => {
    expect(facts.citedFeedbackRounds(world, P, ['fb-2', 'fb-1', 'fb-2'])).toEqual({
      feedbackRoundIds: ['fb-2', 'fb-1'],
    });
    expect(facts.citedFeedbackRounds(world, P, [])).toEqual({});
    expect(facts.citedFeedbackRounds(world, P, null)).toEqual({});
    expect(facts.citedFeedbackRounds(world, P, undefined)).toEqual({});
    refusal(
      () => facts.citedFeedbackRounds(world, P, ['fb-1', 'fb-elsewhere']),
      NotFoundError,
      'FeedbackRoundInProgramme',
      'Feedback round fb-elsewhere is not recorded in this programme',
    );
  });
});

describe('Evidence', () => {
  it('accepts conclusions, stopped experiments, reviewed small changes, decisions and rounds', () => {
    const evidence = [
      { kind: 'experimentConclusion', id: 'exp-done' },
      { kind: 'experimentConclusion', id: 'exp-stopped' },
      { kind: 'smallChangeReview', id: 'sc-reviewed' },
      { kind: 'reviewDecision', id: 'review-1', decisionId: 'd1' },
      { kind: 'feedbackRound', id: 'fb-1' },
      { kind: 'surveyRound', id: 'survey-1' },
    ] as Evidence[];
    expect(() => facts.requireEvidence(world, P, evidence)).not.toThrow();
  });

  it.each([
    [
      'experimentConclusion',
      'exp-running',
      undefined,
      IllegalStateError,
      'EvidenceIsAConclusion',
      'Experiment exp-running has not concluded or stopped, so it is not yet evidence',
    ],
    [
      'experimentConclusion',
      'exp-x',
      undefined,
      NotFoundError,
      'ExperimentInProgramme',
      'Experiment exp-x is not in this programme',
    ],
    [
      'smallChangeReview',
      'sc-new',
      undefined,
      IllegalStateError,
      'EvidenceIsAReview',
      'Small change sc-new has not been reviewed, so it is not yet evidence',
    ],
    [
      'smallChangeReview',
      'sc-x',
      undefined,
      NotFoundError,
      'SmallChangeInProgramme',
      'Small change sc-x is not in this programme',
    ],
    [
      'reviewDecision',
      'review-1',
      undefined,
      NotFoundError,
      'DecisionInReview',
      'Decision (none given) is not recorded at review review-1 of this programme',
    ],
    [
      'reviewDecision',
      'review-1',
      'd2',
      NotFoundError,
      'DecisionInReview',
      'Decision d2 is not recorded at review review-1 of this programme',
    ],
    [
      'feedbackRound',
      'fb-x',
      undefined,
      NotFoundError,
      'FeedbackRoundInProgramme',
      'Feedback round fb-x is not recorded in this programme',
    ],
    [
      'surveyRound',
      'survey-x',
      undefined,
      NotFoundError,
      'SurveyRoundInProgramme',
      'Survey round survey-x is not recorded in this programme',
    ],
    ['rumour', 'r-1', undefined, ValidationError, 'EvidenceKind', 'Unknown kind of evidence: rumour'],
  ] as const)('refuses %s %s', (kind, id, decisionId, error, rule, message) => {
    const evidence = [
      { kind: 'feedbackRound', id: 'fb-1' },
      { kind, id, ...(decisionId ? { decisionId } : {}) },
    ] as Evidence[];
    refusal(() => facts.requireEvidence(world, P, evidence), error, rule, message);
  });
});
