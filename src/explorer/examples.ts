/**
 * The explorer's example operations, one tab per kind of user, each run with the demo token of the
 * role that user would have. A test runs every one of them against the demo programme.
 */
import type { CallerRole } from '../graphql/auth/roles';
import { DEMO_PROGRAMME } from '../demo/cast';

export interface ExampleOperation {
  readonly title: string;
  readonly role: CallerRole;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

const programme = { programmeId: DEMO_PROGRAMME };

export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = [
  {
    title: 'Dashboard: where the programme stands',
    role: 'leader',
    variables: programme,
    query: `# Dashboard (leader): the programme's current state and progress against targets.
query Dashboard($programmeId: ID!) {
  overview(programmeId: $programmeId) {
    programme { name localAuthority status }
    currentPhase { name startedAt }
    smallChanges { proposed kept adapted reverted declined escalated }
    experiments { running supported notSupported stoppedEarly }
    metrics { name unit baseline target progressToTarget latest { value periodEnd } }
    blueprint { currentVersion }
  }
  runChart(programmeId: $programmeId, metricId: "metric-time-with-families") {
    baseline { median }
    signals { rule direction from to }
  }
}
`,
  },
  {
    title: 'Auditor: who recorded what, when, in which role',
    role: 'auditor',
    variables: { ...programme, types: ['DecisionRecorded', 'MeasurementCorrected'] },
    query: `# Auditor: every event exactly as stored, with its metadata.
query History($programmeId: ID!, $types: [String!]) {
  history(programmeId: $programmeId, filter: { types: $types }, first: 20) {
    totalCount
    edges {
      node {
        position type streamName streamRevision actorName data
        metadata { actorId actorRole occurredAt recordedAt commandId correlationId }
      }
    }
  }
}
`,
  },
  {
    title: 'Auditor: the journey as it stood at a past business date',
    role: 'auditor',
    variables: { ...programme, occurredAt: '2025-03-31' },
    query: `# Auditor: what the ledger shows as of a business date (try recordedAt for "as the ledger knew it").
query JourneyAsOf($programmeId: ID!, $occurredAt: DateOrDateTime!) {
  overview(programmeId: $programmeId, asOf: { occurredAt: $occurredAt }) {
    currentPhase { name }
    blueprint { currentVersion }
  }
  journey(programmeId: $programmeId, asOf: { occurredAt: $occurredAt }, first: 10, filter: { kinds: [REVIEW] }) {
    edges { node { occurredAt summary rationale actorName actorRole } }
  }
}
`,
  },
  {
    title: 'Evaluator: how the blueprint evolved, and why',
    role: 'evaluator',
    variables: { ...programme, from: 1, to: 3 },
    query: `# Evaluator: the elements that changed between two versions, with rationale and evidence.
query BlueprintEvolution($programmeId: ID!, $from: Int!, $to: Int!) {
  blueprintDiff(programmeId: $programmeId, from: $from, to: $to) {
    differences { change title fieldsChanged }
    changes {
      occurredAt change title rationale
      recordedBy { name }
      evidence { kind summary }
    }
  }
}
`,
  },
  {
    title: 'Live: journey entries as they are recorded',
    role: 'leader',
    variables: programme,
    query: `# Live updates over WebSocket: run this, then record something in another tab.
subscription Live($programmeId: ID!) {
  journeyEntryRecorded(programmeId: $programmeId) {
    occurredAt summary actorName actorRole
  }
}
`,
  },
];
