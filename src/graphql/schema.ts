import 'reflect-metadata';
import { OperationTypeNode, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/authenticate';
import { scopeRootFields } from './auth/scope';
import { AdminResolver } from './resolvers/admin';
import { AuditResolver } from './resolvers/audit';
import { BarrierResolver } from './resolvers/barrier';
import { BlueprintResolver } from './resolvers/blueprint';
import { CommandResolver } from './commands/resolvers';
import { ExperimentResolver } from './resolvers/experiment';
import { FeedbackResolver } from './resolvers/feedback';
import { LiveResolver } from './resolvers/live';
import { MeasuresResolver } from './resolvers/measures';
import { MembershipResolver } from './resolvers/membership';
import { PersonResolver } from './resolvers/person';
import { ProgrammeResolver } from './resolvers/programme';
import { ProofResolver } from './resolvers/proofs';
import { ReviewResolver } from './resolvers/review';
import { SmallChangeResolver } from './resolvers/smallChange';
import { WrittenOutputResolver } from './resolvers/writtenOutput';

const RESOLVERS = [
  ProgrammeResolver,
  SmallChangeResolver,
  BarrierResolver,
  ReviewResolver,
  ExperimentResolver,
  BlueprintResolver,
  CommandResolver,
  MeasuresResolver,
  AuditResolver,
  LiveResolver,
  AdminResolver,
  PersonResolver,
  ProofResolver,
  WrittenOutputResolver,
  FeedbackResolver,
  MembershipResolver,
] as const;

/** Subscriptions follow the projection runner (see resolvers/live.ts), never topics. */
const noTopics = {
  publish: () => {
    throw new Error('The ledger publishes through the projection runner, not topics');
  },
  subscribe: () => {
    throw new Error('The ledger subscribes through the projection runner, not topics');
  },
};

/** type-graphql cannot describe the root types; integrators read these first. */
const ROOT_DESCRIPTIONS: readonly [OperationTypeNode, string][] = [
  [
    OperationTypeNode.QUERY,
    'What can be read: programmes and their overviews, lists (Relay connections), the blueprint, run charts, the journey and, for auditors, the raw history, proofs and the access record. Every read needs a token.',
  ],
  [
    OperationTypeNode.MUTATION,
    'One mutation per command of the domain, each taking input, commandId, expectedRevision and occurredAt; for admins, API keys, erasure and redaction; for auditors, signing a tree head.',
  ],
  [
    OperationTypeNode.SUBSCRIPTION,
    'Live updates over WebSocket (graphql-ws): each arrives once the read models show it.',
  ],
];

const describeRoots = (schema: GraphQLSchema): GraphQLSchema => {
  for (const [operation, description] of ROOT_DESCRIPTIONS) {
    const root = schema.getRootType(operation);
    if (root) root.description = description;
  }
  return schema;
};

let built: Promise<GraphQLSchema> | undefined;

/** The ledger's schema, built once per process from the decorated classes. */
export const ledgerSchema = (): Promise<GraphQLSchema> =>
  (built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    pubSub: noTopics,
    validate: { forbidUnknownValues: false },
  })
    .then(describeRoots)
    // Every root field honours a programme-scoped token (see auth/scope.ts).
    .then(scopeRootFields));
