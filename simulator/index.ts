// The simulator's public surface: start a local GitHub for a scenario.
//
// What it serves (everything else GitHub describes answers 404, logged as `unimplemented`):
// - REST: the routes in rest/routes.ts, matched by the OpenAPI templates of GitHub Enterprise
//   Cloud's description; request bodies and 2xx responses are validated against it.
// - GraphQL: any query valid against @octokit/graphql-schema. Modelled objects are listed in
//   graphql/graph.ts and graphql/contributions.ts; schema fields that are not modelled resolve
//   to null where nullable (e.g. Repository.defaultBranchRef, ContributionsCollection
//   .contributionCalendar, CreatedPullRequestContribution.pullRequest, ExternalIdentity
//   .scimIdentity) and to a non-null error otherwise. Mutations are not simulated (null).
//   `rateLimit(dryRun: true)` reports the cost without charging it.
// - Over HTTP on 127.0.0.1, or in process through `Simulator.fetch` (the same exchanges without a
//   socket, for the benchmark: `createClient({ fetch: sim.fetch })`).
export { startSimulator } from './server.js';
export type { RequestLogEntry, Simulator, SimulatorOptions } from './server.js';
export type { Switches } from './switches.js';
