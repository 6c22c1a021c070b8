import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionInputs, InputError, parseInputs, readInputs, splitList } from '../../../src/inputs.js';

const base = { INPUT_TOKEN: 't0ken', GITHUB_REPOSITORY: 'acme/offboarding-ops' };

function withEvent(name: string, payload: unknown) {
  const path = join(mkdtempSync(join(tmpdir(), 'event-')), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path };
}

describe('parseInputs', () => {
  it('reads the same inputs from a plain object as from INPUT_*', () => {
    const env = { GITHUB_REPOSITORY: 'acme/offboarding-ops' };
    const fromObject = parseInputs({ token: 't0ken', mode: 'offboard', subjects: 'alice, bob', 'dry-run': 'true' }, env);
    const fromEnv = readInputs({ ...env, INPUT_TOKEN: 't0ken', INPUT_MODE: 'offboard', INPUT_SUBJECTS: 'alice, bob', 'INPUT_DRY-RUN': 'true' });
    expect(fromObject).toEqual(fromEnv);
    expect(fromObject).toMatchObject({ mode: 'offboard', subjects: ['alice', 'bob'], dryRun: true });
  });

  it('takes only the action\'s inputs from the environment', () => {
    expect(actionInputs({ INPUT_MODE: 'audit', INPUT_UNKNOWN: 'x', GITHUB_TOKEN: 'y' })).toEqual({ mode: 'audit' });
  });

  it('rejects a mode that is not in the list of modes', () => {
    expect(() => parseInputs({ token: 't', mode: 'mirror' }, { GITHUB_REPOSITORY: 'acme/ops' })).toThrow(/use one of: audit, offboard, validate, merge/);
  });

  it('reads the enterprise scope, the roster and the reports to merge', () => {
    const inputs = parseInputs(
      { token: 't', mode: 'merge', enterprise: 'acme-corp', organizations: 'acme, acme-labs\nacme-eu', roster: 'hr/roster.csv', reports: 'reports' },
      { GITHUB_REPOSITORY: 'acme/ops' },
    );
    expect(inputs).toMatchObject({ enterprise: 'acme-corp', organizations: ['acme', 'acme-labs', 'acme-eu'], roster: 'hr/roster.csv', reports: 'reports' });
    expect(() => parseInputs({ token: 't', mode: 'merge' }, { GITHUB_REPOSITORY: 'acme/ops' })).toThrow(/mode `merge` needs `reports`/);
    expect(() => parseInputs({ token: 't', enterprise: 'acme corp' }, { GITHUB_REPOSITORY: 'acme/ops' })).toThrow(/Input `enterprise`/);
    expect(() => parseInputs({ token: 't', organizations: 'acme,-bad' }, { GITHUB_REPOSITORY: 'acme/ops' })).toThrow(/lists "-bad"/);
  });

  it('lets a host run merge without a token (no client token at all), never another mode, and never the action', () => {
    const env = { GITHUB_REPOSITORY: 'acme/ops' };
    const merge = { mode: 'merge', reports: 'reports', 'github-token': 'repo-token' };
    expect(parseInputs(merge, env, undefined, { tokenOptional: true })).toMatchObject({ token: null, githubToken: null });
    expect(() => parseInputs({ mode: 'audit' }, env, undefined, { tokenOptional: true })).toThrow(/Input `token` is required/);
    expect(() => parseInputs(merge, env)).toThrow(/Input `token` is required/);
    expect(() => readInputs({ ...env, INPUT_MODE: 'merge', INPUT_REPORTS: 'reports' })).toThrow(/Input `token` is required/);
  });
});

describe('readInputs', () => {
  it('applies the contract defaults', () => {
    const inputs = readInputs(base);
    expect(inputs).toMatchObject({
      organization: 'acme',
      mode: 'audit',
      policyPath: 'policies',
      phase: 'post',
      offboardedAt: null,
      dryRun: false,
      failOn: 'high',
      stateBranch: 'offboarding-sentinel-state',
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
    });
    expect([...inputs.reporters].sort()).toEqual(['check-run', 'issues', 'json', 'summary']);
  });

  it('honours GITHUB_API_URL and GITHUB_GRAPHQL_URL (GitHub Enterprise Server)', () => {
    const inputs = readInputs({ ...base, GITHUB_API_URL: 'https://ghe.example/api/v3', GITHUB_GRAPHQL_URL: 'https://ghe.example/api/graphql' });
    expect(inputs.apiUrl).toBe('https://ghe.example/api/v3');
    expect(inputs.graphqlUrl).toBe('https://ghe.example/api/graphql');
  });

  it('always writes the JSON report, whatever `report` says', () => {
    expect([...readInputs({ ...base, INPUT_REPORT: 'sarif' }).reporters].sort()).toEqual(['json', 'sarif']);
  });

  it.each([
    ['INPUT_MODE', 'scan', /`mode` is "scan"; use one of: audit, offboard, validate/],
    ['INPUT_FAIL-ON', 'severe', /`fail-on` is "severe"/],
    ['INPUT_REPORT', 'check-run,email', /`report` is "email"/],
    ['INPUT_DRY-RUN', 'maybe', /`dry-run` is "maybe"; use true or false/],
    ['INPUT_OFFBOARDED-AT', 'yesterday', /`offboarded-at` is "yesterday", which is not an ISO-8601 time; use an ISO-8601 time/],
  ])('rejects %s=%s with a message that says the fix', (name, value, message) => {
    expect(() => readInputs({ ...base, [name]: value })).toThrow(message);
  });

  it('requires a token, and subjects for offboard mode unless a scheduled post re-verifies open offboardings', () => {
    expect(() => readInputs({ GITHUB_REPOSITORY: 'acme/x' })).toThrow(InputError);
    expect(() => readInputs({ ...base, INPUT_MODE: 'offboard', ...withEvent('workflow_dispatch', { inputs: {} }) })).toThrow(/needs subjects/);
    expect(() => readInputs({ ...base, INPUT_MODE: 'offboard', INPUT_PHASE: 'pre', ...withEvent('schedule', {}) })).toThrow(/needs subjects/);
    expect(readInputs({ ...base, INPUT_MODE: 'offboard', ...withEvent('schedule', {}) }).subjects).toEqual([]);
  });

  it('reads HR payloads from repository_dispatch and workflow_dispatch', () => {
    const dispatch = readInputs({
      ...base,
      INPUT_MODE: 'offboard',
      ...withEvent('repository_dispatch', { client_payload: { subjects: ['alice', 'bob@acme.example'], phase: 'pre', offboarded_at: '2026-11-27T17:00:00Z' } }),
    });
    expect(dispatch).toMatchObject({ subjects: ['alice', 'bob@acme.example'], phase: 'pre', offboardedAt: '2026-11-27T17:00:00.000Z' });
    const manual = readInputs({
      ...base,
      INPUT_MODE: 'offboard',
      ...withEvent('workflow_dispatch', { inputs: { subjects: 'carol, dave\neve', phase: 'post' } }),
    });
    expect(manual.subjects).toEqual(['carol', 'dave', 'eve']);
    // The input wins over the event.
    const both = readInputs({ ...base, INPUT_MODE: 'offboard', INPUT_SUBJECTS: 'zed', ...withEvent('workflow_dispatch', { inputs: { subjects: 'carol' } }) });
    expect(both.subjects).toEqual(['zed']);
  });

  it('takes the PR head as the commit and recognises a fork', () => {
    const pr = readInputs({
      ...base,
      GITHUB_SHA: 'merge-sha',
      ...withEvent('pull_request', {
        pull_request: {
          number: 3,
          head: { sha: 'head-sha', repo: { full_name: 'someone/offboarding-ops', fork: true } },
          base: { sha: 'base-sha', ref: 'main', repo: { full_name: 'acme/offboarding-ops' } },
        },
      }),
    });
    expect(pr.sha).toBe('head-sha');
    expect(pr.pullRequest).toEqual({ number: 3, headSha: 'head-sha', baseSha: 'base-sha', baseRef: 'main', fromFork: true });
  });

  it('splits lists on commas and newlines and drops duplicates', () => {
    expect(splitList(' a, b\n\nb ,c ')).toEqual(['a', 'b', 'c']);
    expect(splitList(['x', ' y '])).toEqual(['x', 'y']);
    expect(splitList(undefined)).toEqual([]);
  });
});
