import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  END,
  main,
  README_PATH,
  readmeIsCurrent,
  renderRuleTable,
  START,
  withRuleTable,
} from '../../../scripts/rule-table.js';
import { RULES } from '../../../src/rules/catalogue.js';

describe('README rule table', () => {
  it('README.md is up to date with the catalogue (run npx tsx scripts/rule-table.ts)', () => {
    expect(readmeIsCurrent(readFileSync(README_PATH, 'utf8'))).toBe(true);
  });

  it('has one row per catalogue rule with modes, severity and threshold defaults', () => {
    const rendered = renderRuleTable();
    expect(rendered.split('\n')).toHaveLength(RULES.length + 2);
    expect(rendered).toContain('| `stale-member` | audit | low |');
    expect(rendered).toContain('`inactive-days`: 90');
    expect(rendered).toContain('`never-used-days`: 30');
  });

  it('rewrites only the marked region and keeps everything around it', () => {
    const readme = `# Title\n\nintro\n\n${START}\nold table\n${END}\n\n## After\ntext\n`;
    const next = withRuleTable(readme, 'NEW');
    expect(next).toBe(`# Title\n\nintro\n\n${START}\nNEW\n${END}\n\n## After\ntext\n`);
    expect(withRuleTable(next, 'NEW')).toBe(next);
  });

  it('appends the region to a README without markers, and --check fails until it is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rule-table-'));
    const path = join(dir, 'README.md');
    writeFileSync(path, '# Lead text\n');
    const errors: unknown[] = [];
    const originalError = console.error;
    const originalLog = console.log;
    console.error = (...args: unknown[]) => void errors.push(args);
    console.log = () => undefined;
    try {
      expect(main(['--check'], path)).toBe(1);
      expect(main([], path)).toBe(0);
      expect(main(['--check'], path)).toBe(0);
    } finally {
      console.error = originalError;
      console.log = originalLog;
    }
    const written = readFileSync(path, 'utf8');
    expect(written.startsWith('# Lead text\n\n<!-- rules:start -->\n| rule |')).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
