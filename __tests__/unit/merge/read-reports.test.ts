import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReports, reportFiles } from '../../../src/merge/read-reports.js';
import { buildReport } from '../../../src/reporters/report.js';
import { sectionsMarkdown } from '../../../src/merge/sections-markdown.js';
import { scopeTotal, sectionFor } from '../../../src/merge/organization-sections.js';

const report = (organization: string) =>
  buildReport({ organization, mode: 'audit', generatedAt: '2026-11-27T03:00:00Z', findings: [] });

const workspace = mkdtempSync(join(tmpdir(), 'reports-'));
mkdirSync(join(workspace, 'reports/offboarding-sentinel-report-acme'), { recursive: true });
mkdirSync(join(workspace, 'reports/offboarding-sentinel-report-acme-eu'), { recursive: true });
writeFileSync(
  join(workspace, 'reports/offboarding-sentinel-report-acme/offboarding-sentinel-report.json'),
  JSON.stringify(report('acme')),
);
writeFileSync(
  join(workspace, 'reports/offboarding-sentinel-report-acme-eu/offboarding-sentinel-report.json'),
  '{ "schemaVersion": 1, "organ',
);
writeFileSync(join(workspace, 'reports/notes.json'), JSON.stringify({ hello: 'world' }));
writeFileSync(join(workspace, 'reports/readme.txt'), 'not a report');

describe('readReports', () => {
  it('takes a folder as every JSON file under it, sorted', async () => {
    expect(await reportFiles(workspace, 'reports')).toEqual([
      'reports/notes.json',
      'reports/offboarding-sentinel-report-acme-eu/offboarding-sentinel-report.json',
      'reports/offboarding-sentinel-report-acme/offboarding-sentinel-report.json',
    ]);
    expect(await reportFiles(workspace, 'reports/*acme/*.json')).toEqual([
      'reports/offboarding-sentinel-report-acme/offboarding-sentinel-report.json',
    ]);
    await expect(reportFiles(workspace, '../elsewhere')).rejects.toThrow(/outside the workspace/);
  });

  it('reads reports and names every file that is not one', async () => {
    const read = await readReports(workspace, 'reports');
    expect(read.reports.map((r) => r.report.organization)).toEqual(['acme']);
    expect(read.unreadable).toEqual([
      { source: 'reports/notes.json', reason: expect.stringMatching(/^reports\/notes.json is not an Offboarding Sentinel report/) },
      {
        source: 'reports/offboarding-sentinel-report-acme-eu/offboarding-sentinel-report.json',
        reason: expect.stringMatching(/offboarding-sentinel-report.json is not JSON/),
      },
    ]);
  });
});

describe('sectionsMarkdown', () => {
  it('shows each organization and the total, escaping what came from outside', () => {
    const sections = [
      sectionFor('acme', [], []),
      sectionFor('evil|org', [], [{ resource: 'org:evil|org', reason: 'missing' }], {
        status: 'missing',
        reason: '<b>gone</b>',
      }),
    ];
    const markdown = sectionsMarkdown(
      'acme-corp',
      sections,
      scopeTotal(sections, [], [{ resource: 'org:x', reason: 'y' }]),
    );
    expect(markdown).toContain('| acme | read | 0 | 0 | 0 | 0 | 0 | 0 | complete |');
    expect(markdown).toContain('evil&#124;org');
    expect(markdown).toContain('&lt;b&gt;gone&lt;/b&gt;');
    expect(markdown).toContain('**total** (2 organizations, 1 complete)');
  });
});
