import type { OverviewQuery } from '../../generated/graphql';

export type Overview = OverviewQuery['overview'];
