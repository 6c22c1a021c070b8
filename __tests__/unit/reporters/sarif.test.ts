import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSarif, writeSarif } from '../../../src/reporters/sarif.js';
import { RULES } from '../../../src/rules/catalogue.js';
import { finding, HOSTILE, report } from './fixtures.js';

const run = promisify(execFile);

interface SarifLog {
  runs: { results: { level?: string; ruleId: string; message: { text?: string } }[] }[];
}

const sample = () =>
  report({
    findings: [
      finding({ severity: 'critical', rule: 'retained-token', resource: 'pat:7' }),
      finding({ severity: 'info', subject: null }),
      finding({
        severity: 'high',
        rule: 'policy-invalid',
        resource: 'org:acme',
        location: { path: '/ws/policies/a.yml', line: 3, column: 5, endColumn: 12 },
      }),
      ...HOSTILE.map((name, i) =>
        finding({ subject: name, resource: `deploy-key:acme/${name}/${i}`, message: name }),
      ),
    ],
    policy: { sources: ['/ws/policies/a.yml'], errors: [] },
  });

describe('SARIF', () => {
  it('has every catalogue rule with help, level and security-severity', () => {
    const log = buildSarif(sample(), { workspace: '/ws' });
    const { rules } = log.runs[0].tool.driver;
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.name));
    const token = rules.find((r) => r.id === 'retained-token');
    expect(token).toMatchObject({
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '9.5' },
    });
    expect(token?.help.markdown).toContain('Revoke');
  });

  it('gives each result its fingerprint and a location, physical in the policy file when known', () => {
    const log = buildSarif(sample(), { workspace: '/ws' });
    const results = log.runs[0].results;
    expect(results).toHaveLength(3 + HOSTILE.length);
    for (const result of results) {
      expect(result.locations).toHaveLength(1);
      expect(result.partialFingerprints['offboardingSentinel/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const located = results.find((r) => r.ruleId === 'policy-invalid');
    expect(located?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'policies/a.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 5, endColumn: 12 },
    });
    const elsewhere = results.find((r) => r.ruleId === 'retained-token');
    expect(elsewhere?.level).toBe('error');
    expect(elsewhere?.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'policies/a.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
    expect(results.find((r) => r.ruleId === 'stale-deploy-key' && r.level === 'note')).toBeDefined();
  });

  it('falls back to .github when no policy file was read', () => {
    const log = buildSarif(report({ findings: [finding()] }));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('.github');
  });

  it('validates with the SARIF multitool without errors', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'sarif-'));
    const file = await writeSarif(sample(), dir, { workspace: '/ws', version: '0.1.0' });
    const out = path.join(dir, 'validation.sarif');
    const tool = path.resolve('node_modules/.bin/sarif-multitool');
    const { stdout } = await run(tool, ['validate', file, '--output', out], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      timeout: 120_000,
    });
    expect(stdout).toContain('Analysis completed successfully');
    const validation = JSON.parse(await readFile(out, 'utf8')) as SarifLog;
    const errors = validation.runs[0].results.filter((r) => r.level === 'error');
    expect(errors).toEqual([]);
    expect(stdout).not.toMatch(/: error /);
  }, 120_000);
});
