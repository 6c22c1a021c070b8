// What every resolver sees, and GitHub-style errors for resolvers to throw.

import { GraphQLError } from 'graphql';
import type { Scenario, SimOrg } from '../state.js';
import type { Switches } from '../switches.js';

export interface GraphqlContext {
  scenario: Scenario;
  org: SimOrg;
  viewer: string;
  switches: Switches;
  /** This query's cost and node count, for `rateLimit { cost nodeCount }`. */
  cost: number;
  nodeCount: number;
}

/** An error carrying GitHub's top-level `type` (NOT_FOUND, FORBIDDEN, …). */
export function githubError(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}
