import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/authenticate';
import { AdminResolver } from './resolvers/admin';
import { AuditResolver } from './resolvers/audit';
import { BarrierResolver } from './resolvers/barrier';
import { BlueprintResolver } from './resolvers/blueprint';
import { CorrectionResolver } from './resolvers/correction';
import { ExperimentResolver } from './resolvers/experiment';
import { LiveResolver } from './resolvers/live';
import { MeasuresResolver } from './resolvers/measures';
import { PersonResolver } from './resolvers/person';
import { ProgrammeResolver } from './resolvers/programme';
import { ReviewResolver } from './resolvers/review';
import { SmallChangeResolver } from './resolvers/smallChange';

const RESOLVERS = [
  ProgrammeResolver,
  SmallChangeResolver,
  BarrierResolver,
  ReviewResolver,
  ExperimentResolver,
  BlueprintResolver,
  MeasuresResolver,
  CorrectionResolver,
  AuditResolver,
  LiveResolver,
  AdminResolver,
  PersonResolver,
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

let built: Promise<GraphQLSchema> | undefined;

/** The ledger's schema, built once per process from the decorated classes. */
export const ledgerSchema = (): Promise<GraphQLSchema> =>
  (built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    pubSub: noTopics,
    validate: { forbidUnknownValues: false },
  }));
