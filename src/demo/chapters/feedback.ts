/**
 * Chapter 6, alongside the others: staff are asked for feedback at each stage, flag unintended
 * consequences, and hear what was done in answer ("you said, we did"); failures that had no event
 * of their own (an escalation that went nowhere, a barrier the programme could not move) record
 * what was learnt and what was done next.
 */
import { DEMO_TEAMS } from '../cast';
import { step, type DemoStep } from '../steps';

const FRONT_DOOR = DEMO_TEAMS.frontDoor.teamId;
const ADOLESCENTS = DEMO_TEAMS.adolescents.teamId;
const asked = (practitioners: [number, number], managers: number) => [
  { teamId: FRONT_DOOR, level: 'practitioner', count: practitioners[0] },
  { teamId: ADOLESCENTS, level: 'practitioner', count: practitioners[1] },
  { teamId: null, level: 'manager', count: managers },
];

const smallChangesRound = (): DemoStep[] => [
  step('2024-11-18', 'sam', 'RecordFeedbackRound', {
    feedbackRoundId: 'feedback-2024-11',
    phaseId: 'smallChanges',
    items: [
      { kind: 'smallChange', id: 'sc-1' },
      { kind: 'smallChange', id: 'sc-7' },
      { kind: 'smallChange', id: 'sc-8' },
    ],
    asked: asked([8, 7], 2),
    answered: 13,
    themes: ['One visit note saves an evening a week', 'Visit mornings without email feel risky'],
    anonymisedQuotes: ['I missed a call from a school on a no-email morning and worried all day.'],
    scores: [{ question: 'My workload is manageable', score: 2.9, outOf: 5 }],
    consequences: [
      {
        consequenceId: 'consequence-missed-messages',
        description: 'Urgent messages from schools and police wait until the afternoon',
        onStaff: false,
        item: { kind: 'smallChange', id: 'sc-7' },
      },
      {
        consequenceId: 'consequence-cut-off',
        description: 'Practitioners hot-desking by patch feel cut off from their own team',
        onStaff: true,
        item: { kind: 'smallChange', id: 'sc-8' },
      },
    ],
  }),
  step('2024-11-26', 'marcus', 'RespondToFeedback', {
    feedbackRoundId: 'feedback-2024-11',
    responseId: 'response-missed-messages',
    whatWeDid: 'Reverted no-email visit mornings; urgent calls now reach the duty desk',
    consequenceId: 'consequence-missed-messages',
  }),
  step('2024-11-26', 'olu', 'RespondToFeedback', {
    feedbackRoundId: 'feedback-2024-11',
    responseId: 'response-cut-off',
    whatWeDid: 'Reverted hot-desking by patch; each team sits together again',
    consequenceId: 'consequence-cut-off',
  }),
  step('2024-12-09', 'sam', 'CloseUnintendedConsequence', {
    feedbackRoundId: 'feedback-2024-11',
    consequenceId: 'consequence-missed-messages',
    resolution: 'No urgent message has waited since the duty desk took the calls',
  }),
  step('2024-12-09', 'sam', 'CloseUnintendedConsequence', {
    feedbackRoundId: 'feedback-2024-11',
    consequenceId: 'consequence-cut-off',
    resolution: 'Both teams sit together again',
  }),
];

const testAndLearnRounds = (): DemoStep[] => [
  step('2025-02-17', 'sam', 'RecordFeedbackRound', {
    feedbackRoundId: 'feedback-2025-02',
    phaseId: 'testAndLearn',
    items: [
      { kind: 'experiment', id: 'experiment-thursday-mornings' },
      { kind: 'experiment', id: 'experiment-rota-blocks' },
      { kind: 'blueprintElement', id: 'element-visit-mornings' },
    ],
    asked: asked([9, 7], 2),
    answered: 15,
    themes: ['Weekly duty blocks give continuity', 'Thursday mornings fill with emergencies'],
    anonymisedQuotes: ['My protected morning went on a strategy meeting again.'],
    scores: [{ question: 'I have time to build relationships with families', score: 3.1, outOf: 5 }],
    consequences: [
      {
        consequenceId: 'consequence-evening-visits',
        description: 'Visits squeezed out of Thursday mornings move to the evening',
        onStaff: true,
        item: { kind: 'experiment', id: 'experiment-thursday-mornings' },
      },
    ],
  }),
  step('2025-03-27', 'grace', 'RespondToFeedback', {
    feedbackRoundId: 'feedback-2025-02',
    responseId: 'response-evening-visits',
    whatWeDid: 'Fixed visit mornings give way to flexible protected hours chosen by each practitioner',
    consequenceId: 'consequence-evening-visits',
    decision: { reviewId: 'review-2025-03', decisionId: 'decision-flexible-hours' },
  }),
  step('2025-06-30', 'sam', 'CloseUnintendedConsequence', {
    feedbackRoundId: 'feedback-2025-02',
    consequenceId: 'consequence-evening-visits',
    resolution:
      'Practitioners protect hours that suit the families; evening visits are back to the usual few',
  }),
  // Asked about the vision and the blueprint; nothing has been done in answer yet.
  step('2025-06-02', 'sam', 'RecordFeedbackRound', {
    feedbackRoundId: 'feedback-2025-06',
    phaseId: 'testAndLearn',
    items: [
      { kind: 'vision', id: null },
      { kind: 'blueprintElement', id: 'element-rota-blocks' },
    ],
    asked: asked([9, 8], 2),
    answered: 12,
    themes: ['The vision still fits', 'Rota blocks should stay'],
    anonymisedQuotes: ['The week finally has a shape.'],
    scores: [{ question: 'The vision describes what we are working towards', score: 4.2, outOf: 5 }],
    consequences: [],
  }),
];

const failuresWithoutAnEvent = (): DemoStep[] => [
  step('2025-06-16', 'olu', 'CloseEscalation', {
    smallChangeId: 'sc-12',
    rationale: 'The department replied that assessment timescales stay as they are for now',
    learning: "One authority's escalation carries little weight; evidence from several would carry more",
    nextStep: 'Shared the case with the regional improvement alliance',
  }),
  step('2025-07-14', 'grace', 'RecordBarrierNotResolved', {
    barrierId: 'barrier-panel-paperwork',
    rationale: 'Panels are run by the safeguarding partnership; their templates are not ours to change',
    learning: 'Linking reports eased the paperwork; the templates need the partnership itself',
    nextStep: "Raised with the partnership's business manager for the next template review",
  }),
];

export const feedbackAndFailure = (): DemoStep[] => [
  ...smallChangesRound(),
  ...testAndLearnRounds(),
  ...failuresWithoutAnEvent(),
];
