import { describe, expect, it } from '@jest/globals';
import { eventPayload, parseOutputFile } from '../../../simulator/runner.js';
import { isOrganizationRead } from '../../../src/gather/state.js';
import { clockFrom } from '../../../src/run-context.js';

describe('runner emulation', () => {
  it('parses GITHUB_OUTPUT heredoc blocks as @actions/core writes them', () => {
    const text = 'findings<<ghadelimiter_1\n3\nghadelimiter_1\nreport-path<<ghadelimiter_2\n/tmp/r.json\nghadelimiter_2\n';
    expect(parseOutputFile(text)).toEqual({ findings: '3', 'report-path': '/tmp/r.json' });
  });

  it('uses real webhook payload shapes pointed at the repository', () => {
    const payload = eventPayload('repository_dispatch', 'acme/ops', { client_payload: { subjects: ['a'] } }) as {
      repository: { full_name: string };
      client_payload: { subjects: string[] };
    };
    expect(payload.repository.full_name).toBe('acme/ops');
    expect(payload.client_payload.subjects).toEqual(['a']);
  });
});

describe('clockFrom', () => {
  it('pins the clock with OFFBOARDING_SENTINEL_NOW and rejects nonsense', () => {
    expect(clockFrom({ OFFBOARDING_SENTINEL_NOW: '2026-11-27T03:00:00Z' }).now().toISOString()).toBe('2026-11-27T03:00:00.000Z');
    expect(() => clockFrom({ OFFBOARDING_SENTINEL_NOW: 'soon' })).toThrow(/ISO-8601/);
    expect(Math.abs(clockFrom({}).now().getTime() - Date.now())).toBeLessThan(5000);
  });
});

describe('what the audit keeps of the ETag cache', () => {
  it('keeps organization reads and drops the state file and the action’s own issues', () => {
    expect(isOrganizationRead('GET http://x/repos/acme/api/actions/secrets?per_page=100')).toBe(true);
    // Never asked for twice (the URL carries the day), and the state keeps the events themselves.
    expect(isOrganizationRead('GET http://x/orgs/acme/audit-log?phrase=created%3A%3E%3D2026-05-31')).toBe(false);
    expect(isOrganizationRead('GET http://x/orgs/acme/audit-logs-elsewhere')).toBe(true);
    expect(isOrganizationRead('GET http://x/repos/acme/ops/contents/state.json?ref=offboarding-sentinel-state')).toBe(false);
    expect(isOrganizationRead('GET http://x/repos/acme/ops/issues?labels=offboarding&state=all')).toBe(false);
    expect(isOrganizationRead('GET http://x/repos/acme/ops/git/blobs/abc')).toBe(false);
  });
});
