// `POST /graphql`: parse, validate against GitHub's schema (GitHub's error wording), check
// pagination bounds, charge the query's cost to the GraphQL budget, execute over the
// scenario's org, and apply GraphQL field denials (FORBIDDEN with data null at that path).

import {
  defaultFieldResolver,
  execute,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
} from 'graphql';
import type { Scenario, SimOrg } from '../state.js';
import { DENIED_MESSAGE, findGraphqlDenial, type Budget, type Switches } from '../switches.js';
import { analyzeQuery } from './analysis.js';
import type { GraphqlContext } from './context.js';
import { rootValue } from './graph.js';
import { githubSchema } from './schema.js';

export interface GraphqlAnswer {
  status: number;
  body: unknown;
  cost: number;
  operationName?: string;
}

interface GraphqlEnv {
  scenario: Scenario;
  viewer: string;
  switches: Switches;
  budget: Budget;
  /** The organization the query's variables name (the simulator may serve several). */
  orgFor?: (variables: Record<string, unknown>) => SimOrg;
}

/** graphql-js says `Cannot query field "x" on type "Y".`; GitHub says `Field 'x' doesn't exist on type 'Y'`. */
export function githubMessage(error: GraphQLError): {
  message: string;
  extensions?: Record<string, unknown>;
} {
  const m = error.message;
  let x = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(m);
  if (x)
    return {
      message: `Field '${x[1]}' doesn't exist on type '${x[2]}'`,
      extensions: { code: 'undefinedField', typeName: x[2], fieldName: x[1] },
    };
  x = /^Unknown argument "([^"]+)" on field "([^".]+)\.([^"]+)"\./.exec(m);
  if (x)
    return {
      message: `Field '${x[3]}' doesn't accept argument '${x[1]}'`,
      extensions: { code: 'argumentNotAccepted', name: x[3], typeName: 'Field', argumentName: x[1] },
    };
  x = /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\./.exec(m);
  if (x)
    return {
      message: `Field '${x[1]}' is missing required arguments: ${x[2]}`,
      extensions: { code: 'missingRequiredArguments', className: 'Field', name: x[1], arguments: x[2] },
    };
  x = /^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\./.exec(m);
  if (x) {
    return {
      message: `Field must have selections (field '${x[1]}' returns ${x[2].replace(/[![\]]/g, '')} but has no selections. Did you mean '${x[1]} { ... }'?)`,
      extensions: { code: 'selectionMismatch', nodeName: `field '${x[1]}'`, typeName: x[2] },
    };
  }
  x = /^Unknown type "([^"]+)"\./.exec(m);
  if (x)
    return {
      message: `No such type ${x[1]}, so it can't be a fragment condition`,
      extensions: { code: 'undefinedType', typeName: x[1] },
    };
  return { message: m };
}

function formatError(error: GraphQLError, translate: boolean): Record<string, unknown> {
  const { message, extensions } = translate
    ? githubMessage(error)
    : { message: error.message, extensions: undefined };
  const type = error.extensions?.type;
  return {
    ...(typeof type === 'string' ? { type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    ...(extensions ? { extensions } : {}),
    message,
  };
}

/** A query text parsed and validated against the schema: either outcome depends on the text alone. */
type Checked = { document: DocumentNode; invalid: readonly GraphQLError[] } | { parseError: GraphQLError };

// A collector sends the same few query texts thousands of times (with other variables): each is
// parsed and validated once. Bounded, so a test that generates queries cannot grow it forever.
const checkedQueries = new Map<string, Checked>();
const MAX_CHECKED_QUERIES = 500;

function checkQuery(query: string): Checked {
  const known = checkedQueries.get(query);
  if (known) return known;
  let checked: Checked;
  try {
    checked = { document: parse(query), invalid: [] };
  } catch (e) {
    checked = { parseError: e as GraphQLError };
  }
  if ('document' in checked) checked.invalid = validate(githubSchema(), checked.document);
  if (checkedQueries.size >= MAX_CHECKED_QUERIES) checkedQueries.clear();
  checkedQueries.set(query, checked);
  return checked;
}

export function handleGraphql(raw: string, env: GraphqlEnv): GraphqlAnswer {
  let request: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    request = JSON.parse(raw || '{}') as typeof request;
  } catch {
    return {
      status: 400,
      body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' },
      cost: 0,
    };
  }
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined;
  if (typeof request.query !== 'string') {
    return {
      status: 200,
      body: { errors: [{ message: 'A query attribute must be specified and must be a string.' }] },
      cost: 0,
    };
  }
  const schema = githubSchema();
  const checked = checkQuery(request.query);
  if ('parseError' in checked)
    return { status: 200, body: { errors: [formatError(checked.parseError, false)] }, cost: 0, operationName };
  const { document, invalid } = checked;
  const named = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name);
  const opName =
    operationName ?? (named && named.kind === Kind.OPERATION_DEFINITION ? named.name?.value : undefined);
  if (invalid.length)
    return {
      status: 200,
      body: { errors: invalid.map((e) => formatError(e, true)) },
      cost: 0,
      operationName: opName,
    };

  const variables = (
    request.variables && typeof request.variables === 'object' ? request.variables : {}
  ) as Record<string, unknown>;
  const analysis = analyzeQuery(schema, document, variables, operationName);
  if (analysis.errors.length)
    return {
      status: 200,
      body: { errors: analysis.errors.map((e) => formatError(e, false)) },
      cost: 0,
      operationName: opName,
    };

  const budget = env.budget;
  if (budget.remaining <= 0) {
    return {
      status: 200,
      body: {
        errors: [
          {
            type: 'RATE_LIMITED',
            code: 'graphql_rate_limit',
            message: 'API rate limit already exceeded for user ID 1.',
          },
        ],
      },
      cost: 0,
      operationName: opName,
    };
  }
  // A dry run reports the cost without spending it; the fields still resolve.
  if (!analysis.dryRun) budget.remaining = Math.max(0, budget.remaining - analysis.cost);

  const ctx: GraphqlContext = {
    scenario: env.scenario,
    org: env.orgFor?.(variables) ?? env.scenario.org,
    viewer: env.viewer,
    switches: env.switches,
    cost: analysis.cost,
    nodeCount: analysis.nodeCount,
  };
  const fieldResolver: GraphQLFieldResolver<unknown, GraphqlContext> = (source, args, context, info) => {
    const denial = findGraphqlDenial(env.switches, `${info.parentType.name}.${info.fieldName}`, source);
    if (denial)
      throw new GraphQLError(denial.message ?? DENIED_MESSAGE, { extensions: { type: 'FORBIDDEN' } });
    return defaultFieldResolver(source, args, context, info);
  };
  const result = execute({
    schema,
    document,
    rootValue: rootValue(ctx, budget),
    contextValue: ctx,
    variableValues: variables,
    operationName,
    fieldResolver,
  });
  if (result instanceof Promise) throw new Error('resolvers are synchronous');
  const body: Record<string, unknown> = { data: result.data ?? null };
  if (result.errors?.length) body.errors = result.errors.map((e) => formatError(e, false));
  return { status: 200, body, cost: analysis.dryRun ? 0 : analysis.cost, operationName: opName };
}
