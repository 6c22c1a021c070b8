import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { ALL_QUERIES } from '../../../src/collectors/queries/index.js';

const schema = buildSchema(readFileSync('node_modules/@octokit/graphql-schema/schema.graphql', 'utf8'), {
  assumeValidSDL: true,
});

describe('GraphQL documents', () => {
  it.each(Object.entries(ALL_QUERIES))('%s is valid against GitHub’s published schema', (_name, query) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it('the validator does catch a wrong field (the test can fail)', () => {
    const broken = ALL_QUERIES.teams.replace('parentTeam { slug }', 'parentTeam { lastUsedAt }');
    expect(validate(schema, parse(broken)).length).toBeGreaterThan(0);
  });

  it('every query reports its own cost', () => {
    for (const query of Object.values(ALL_QUERIES)) expect(query).toContain('rateLimit { cost');
  });
});
