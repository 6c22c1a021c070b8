import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { conclusionFor, writeJsonReport } from '../../../src/reporters/report.js';
import { finding, report } from './fixtures.js';

describe('conclusionFor', () => {
  it('fails when a finding is at the fail-on severity', () => {
    expect(conclusionFor([finding({ severity: 'high' })], 'high')).toBe('failure');
    expect(conclusionFor([finding({ severity: 'critical' })], 'high')).toBe('failure');
  });

  it('is neutral for findings just below fail-on (the near miss)', () => {
    expect(conclusionFor([finding({ severity: 'medium' })], 'high')).toBe('neutral');
    expect(conclusionFor([finding({ severity: 'info' })], 'low')).toBe('neutral');
  });

  it('fails on info findings when fail-on is info', () => {
    expect(conclusionFor([finding({ severity: 'info' })], 'info')).toBe('failure');
  });

  it('never fails with fail-on none, but is neutral when findings exist', () => {
    expect(conclusionFor([finding({ severity: 'critical' })], 'none')).toBe('neutral');
  });

  it('succeeds with no findings', () => {
    expect(conclusionFor([], 'info')).toBe('success');
    expect(conclusionFor([], 'none')).toBe('success');
  });
});

describe('buildReport', () => {
  it('has the contract fields, sorts most severe first and marks coverage incomplete on a gap', () => {
    const built = report({
      findings: [
        finding({ severity: 'low', resource: 'deploy-key:acme/a/1' }),
        finding({ severity: 'critical', resource: 'deploy-key:acme/b/2' }),
      ],
      gaps: [{ resource: 'repo:acme/secret', reason: '403 Resource not accessible' }],
      stats: { restRequests: 3 },
    });
    expect(built.schemaVersion).toBe(1);
    expect(built.findings.map((f) => f.severity)).toEqual(['critical', 'low']);
    expect(built.coverage).toEqual({
      complete: false,
      gaps: [{ resource: 'repo:acme/secret', reason: '403 Resource not accessible' }],
    });
    expect(built.stats).toEqual({ restRequests: 3, graphqlRequests: 0, graphqlCost: 0, durationMs: 0 });
    expect(built.changes).toBeNull();
    expect(built.dryRun).toBe(false);
  });

  it('is complete without gaps', () => {
    expect(report().coverage).toEqual({ complete: true, gaps: [] });
  });

  it('writes the JSON report and returns its path', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'report-'));
    const built = report({ findings: [finding()] });
    const file = await writeJsonReport(built, path.join(dir, 'nested'));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(built);
  });
});
