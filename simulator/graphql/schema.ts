// GitHub's published GraphQL schema (`@octokit/graphql-schema`), built once per process.
// The SDL repeats two EnterpriseOwnerInfo fields, which graphql-js's SDL validation rejects;
// `assumeValidSDL` accepts the file as GitHub publishes it. Queries are still validated.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';

let cached: GraphQLSchema | undefined;

/** The package's `exports` hide schema.graphql from resolvers, so look for it in node_modules upwards. */
function schemaFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.graphql');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('@octokit/graphql-schema/schema.graphql not found');
    dir = parent;
  }
}

export function githubSchema(): GraphQLSchema {
  cached ??= buildSchema(readFileSync(schemaFile(), 'utf8'), { assumeValidSDL: true });
  return cached;
}
