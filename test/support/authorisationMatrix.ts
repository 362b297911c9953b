/**
 * Who may do what, written out by hand, cell by cell: the expected answer of the authorisation
 * tests. It is deliberately not read from `RECORDING_RIGHTS` or `READ_ROLES` (the code under test),
 * so a change to anyone's rights must change this file too, in review.
 *
 * Each row has six cells, one per role, in the order of `ROLE_COLUMNS`: the role's short name
 * where the role may, `--` where it is refused with FORBIDDEN. Without a token every row is
 * refused with UNAUTHENTICATED.
 */
import type { CallerRole } from '../../src/graphql/auth/rights';

export const ROLE_COLUMNS = [
  'admin',
  'leader',
  'facilitator',
  'practitioner',
  'evaluator',
  'auditor',
] as const;
const SHORT = ['ad', 'le', 'fa', 'pr', 'ev', 'au'] as const;

type Row = string;

/** Every mutation of the API. */
export const MUTATION_MATRIX: Record<string, Row> = {
  adaptExperiment: '-- le fa -- -- --',
  adaptSmallChange: '-- le fa pr -- --',
  addBlueprintCoOwner: '-- le fa -- -- --',
  addBlueprintElement: '-- le fa pr -- --',
  adoptSimpleRule: '-- le fa -- -- --',
  agreeSmallChange: '-- le fa -- -- --',
  closeEscalation: '-- le fa -- -- --',
  closeProgramme: 'ad le -- -- -- --',
  closeUnintendedConsequence: '-- le fa -- -- --',
  completeElementImplementation: '-- le fa pr -- --',
  completePhase: '-- le fa -- -- --',
  concludeExperiment: '-- le fa -- -- --',
  correctBarrierDate: 'ad le fa -- -- --',
  correctBlueprintDate: 'ad le fa -- -- --',
  correctExperimentDate: 'ad le fa -- -- --',
  correctFeedbackRoundDate: 'ad le fa -- -- --',
  correctMeasurement: '-- le fa -- -- --',
  correctMeasurementDate: 'ad le fa -- -- --',
  correctProgrammeDate: 'ad le fa -- -- --',
  correctReviewDate: 'ad le fa -- -- --',
  correctSmallChangeDate: 'ad le fa -- -- --',
  correctSurveyRoundDate: 'ad le fa -- -- --',
  declineSmallChange: '-- le fa -- -- --',
  defineMetric: '-- le fa -- -- --',
  defineOutcome: '-- le fa -- -- --',
  defineTheoryOfChange: '-- le fa -- -- --',
  deriveBlueprint: '-- le fa -- -- --',
  designExperiment: '-- le fa -- -- --',
  draftBlueprint: '-- le fa -- -- --',
  enrolTeam: 'ad -- fa -- -- --',
  erasePerson: 'ad -- -- -- -- --',
  escalateSmallChange: '-- le fa -- -- --',
  holdReview: '-- le fa -- -- --',
  identifyBarrier: '-- le fa pr -- --',
  implementSmallChange: '-- le fa pr -- --',
  issueApiKey: 'ad -- -- -- -- --',
  joinParticipant: 'ad -- fa -- -- --',
  launchProgramme: 'ad -- -- -- -- --',
  markWrittenOutputDelivered: '-- le fa -- -- --',
  moveParticipantToTeam: 'ad -- fa -- -- --',
  pauseElementImplementation: '-- le fa -- -- --',
  planElementImplementation: '-- le fa -- -- --',
  proposeSmallChange: '-- le fa pr -- --',
  publishBlueprintVersion: '-- le fa -- -- --',
  recordBarrierNotResolved: '-- le fa -- -- --',
  recordDecision: '-- le fa -- -- --',
  recordFeedbackRound: '-- le fa -- -- --',
  recordInsight: '-- le fa pr -- --',
  recordMeasurement: '-- le fa -- -- --',
  recordParticipantLeft: 'ad -- fa -- -- --',
  recordSurveyRound: '-- le fa -- -- --',
  removeBlueprintElement: '-- le fa pr -- --',
  rescopeBarrier: '-- le fa -- -- --',
  resolveBarrier: '-- le fa -- -- --',
  respondToFeedback: '-- le fa -- -- --',
  resumeElementImplementation: '-- le fa -- -- --',
  retireBlueprintElement: '-- le fa -- -- --',
  revertSmallChange: '-- le fa pr -- --',
  reviewSmallChange: '-- le fa pr -- --',
  reviseBlueprintElement: '-- le fa pr -- --',
  reviseVision: '-- le fa -- -- --',
  revokeApiKey: 'ad -- -- -- -- --',
  redactEventFields: 'ad -- -- -- -- --',
  setVision: '-- le fa -- -- --',
  signTreeHead: 'ad -- -- -- -- au',
  startElementImplementation: '-- le fa pr -- --',
  startExperiment: '-- le fa -- -- --',
  startPhase: '-- le fa -- -- --',
  stopExperiment: '-- le fa -- -- --',
};

/** Every query of the API. */
export const QUERY_MATRIX: Record<string, Row> = {
  accessRecord: 'ad -- -- -- -- au',
  apiKeys: 'ad -- -- -- -- --',
  barrier: 'ad le fa pr ev au',
  barriers: 'ad le fa pr ev au',
  blueprint: 'ad le fa pr ev au',
  blueprintDiff: 'ad le fa pr ev au',
  blueprintLineage: 'ad le fa pr ev au',
  blueprintVersion: 'ad le fa pr ev au',
  consistencyProof: 'ad le fa pr ev au',
  experiment: 'ad le fa pr ev au',
  experiments: 'ad le fa pr ev au',
  failures: 'ad le fa pr ev au',
  feedbackRound: 'ad le fa pr ev au',
  feedbackRounds: 'ad le fa pr ev au',
  history: 'ad -- -- -- -- au',
  inclusionProof: 'ad -- -- -- -- au',
  journey: 'ad le fa pr ev au',
  ledgerDigest: 'ad le fa pr ev au',
  ledgerPublicKey: 'ad le fa pr ev au',
  me: 'ad le fa pr ev au',
  metric: 'ad le fa pr ev au',
  metrics: 'ad le fa pr ev au',
  overview: 'ad le fa pr ev au',
  participants: 'ad le fa pr ev au',
  programme: 'ad le fa pr ev au',
  programmes: 'ad le fa pr ev au',
  review: 'ad le fa pr ev au',
  reviews: 'ad le fa pr ev au',
  runChart: 'ad le fa pr ev au',
  smallChange: 'ad le fa pr ev au',
  smallChanges: 'ad le fa pr ev au',
  staffFeedback: 'ad le fa pr ev au',
  surveyRounds: 'ad le fa pr ev au',
  verifiedEvent: 'ad -- -- -- -- au',
  writtenOutput: 'ad le fa pr ev au',
};

/** The roles a row lets in, in column order. A typo in a row fails loudly rather than loosening it. */
export const mayCall = (row: Row): CallerRole[] => {
  const cells = row.split(' ');
  if (cells.length !== SHORT.length) throw new Error(`"${row}" needs ${SHORT.length} cells`);
  return cells.flatMap((cell, column) => {
    if (cell === SHORT[column]) return [ROLE_COLUMNS[column]!];
    if (cell === '--') return [];
    throw new Error(`"${row}": cell ${column + 1} must be ${SHORT[column]} or --, not ${cell}`);
  });
};
