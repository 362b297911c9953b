/** The dashboard's words for the API's enum values: one for every value the schema has, none raw. */
import { buildSchema, GraphQLEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExperimentResult } from '../../dashboard/src/generated/graphql';
import { KINDS } from '../../dashboard/src/model/kinds';
import * as labels from '../../dashboard/src/model/labels';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const valuesOf = (name: string) => {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum in schema.graphql`);
  return type
    .getValues()
    .map((value) => value.name)
    .sort();
};

const TABLES: [string, labels.Labels<string>][] = [
  ['BlueprintChangeKind', labels.BLUEPRINT_CHANGE],
  ['CallerRole', labels.CALLER_ROLE],
  ['ChangeAroundKind', labels.CHANGE_AROUND],
  ['Direction', labels.DIRECTION],
  ['ElementKind', labels.ELEMENT_KIND],
  ['EventKind', labels.EVENT_KIND],
  ['EvidenceKind', labels.EVIDENCE_KIND],
  ['ExperimentResult', labels.EXPERIMENT_RESULT],
  ['ExperimentStatus', labels.EXPERIMENT_STATUS],
  ['Level', labels.LEVEL],
  ['MeasurementSourceKind', labels.MEASUREMENT_SOURCE],
  ['NextStep', labels.NEXT_STEP],
  ['PhaseStatus', labels.PHASE_STATUS],
  ['ProgrammeStatus', labels.PROGRAMME_STATUS],
  ['SignalDirection', labels.SIGNAL_DIRECTION],
  ['SignalRule', labels.SIGNAL_RULE],
  ['SmallChangeStatus', labels.SMALL_CHANGE_STATUS],
  ['Verdict', labels.VERDICT],
];

describe('words for enum values', () => {
  it.each(TABLES)('has words for every value of %s, and for nothing else', (name, table) => {
    expect(Object.keys(table).sort()).toEqual(valuesOf(name));
    for (const said of Object.values(table)) expect(said).toMatch(/^[a-z][a-z -]*[a-z]$/);
  });

  it('says what the runs limits rest on only when they leave the table', () => {
    expect(Object.keys(labels.RUNS_LIMITS).sort()).toEqual(valuesOf('RunsLimits'));
    expect(labels.RUNS_LIMITS).toEqual({
      TABLE: '',
      EXACT_DISTRIBUTION: ' (exact distribution, beyond the table)',
    });
  });

  it('reads as people say them', () => {
    expect([
      labels.CALLER_ROLE.EVALUATOR,
      labels.EXPERIMENT_RESULT.NOT_SUPPORTED,
      labels.EVENT_KIND.SMALL_CHANGE,
      labels.SIGNAL_RULE.ASTRONOMICAL,
      labels.SIGNAL_DIRECTION.TOO_FEW,
      labels.PHASE_STATUS.IN_PROGRESS,
      labels.LEVEL.SENIOR_LEADER,
      labels.EVIDENCE_KIND.SMALL_CHANGE_REVIEW,
    ]).toEqual([
      'evaluator',
      'not supported',
      'small change',
      'astronomical point',
      'too few',
      'in progress',
      'senior leader',
      'small-change review',
    ]);
  });

  it('offers every kind of journey entry in the filter', () => {
    expect([...KINDS].sort()).toEqual(valuesOf('EventKind'));
  });

  it('names roles and items recorded as free text, and falls back to plain words for ones it does not know', () => {
    expect(['leader', 'evaluator', 'serviceAccount'].map(labels.recordedRoleLabel)).toEqual([
      'leader',
      'evaluator',
      'service account',
    ]);
    expect(['smallChange', 'blueprintVersion', 'metric', 'feedbackRound'].map(labels.itemKindLabel)).toEqual([
      'small change',
      'blueprint version',
      'metric',
      'feedback round',
    ]);
  });

  it('will not compile a table that misses a value or names one the schema does not have', () => {
    // @ts-expect-error INCONCLUSIVE has no words
    const missing: labels.Labels<ExperimentResult> = {
      SUPPORTED: 'supported',
      NOT_SUPPORTED: 'not supported',
    };
    const extra: labels.Labels<ExperimentResult> = {
      SUPPORTED: 'supported',
      NOT_SUPPORTED: 'not supported',
      INCONCLUSIVE: 'inconclusive',
      // @ts-expect-error PARTLY_SUPPORTED is not a value of ExperimentResult
      PARTLY_SUPPORTED: 'partly supported',
    };
    expect([Object.keys(missing).length, Object.keys(extra).length]).toEqual([2, 4]);
  });
});
