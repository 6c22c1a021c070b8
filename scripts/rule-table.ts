// Renders the README's rule table from the rule catalogue, so the two never disagree.
//   npx tsx scripts/rule-table.ts           rewrite the region between the markers in README.md
//   npx tsx scripts/rule-table.ts --check   exit 1 when README.md is out of date
// Only the marked region is touched; a README without the markers gets them appended.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from '../src/markdown.js';
import type { RuleSpec, ThresholdSpec } from '../src/rules/catalogue.js';
import { RULES } from '../src/rules/catalogue.js';

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

// Catalogue text is our own, trusted Markdown; only a pipe would break the table.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function describeThreshold(threshold: ThresholdSpec): string {
  return `\`${threshold.key}\`: ${threshold.default} — ${cell(threshold.description)}`;
}

export function renderRuleTable(rules: readonly RuleSpec[] = RULES): string {
  return table(
    ['rule', 'modes', 'default severity', 'fires when', 'thresholds (default)'],
    rules.map((rule) => [
      `\`${rule.name}\``,
      rule.modes.join(', '),
      rule.defaultSeverity,
      cell(rule.firesWhen),
      rule.thresholds.length ? rule.thresholds.map(describeThreshold).join('<br>') : '—',
    ]),
  );
}

/** The README with the region between the markers replaced (markers appended when absent). */
export function withRuleTable(readme: string, rendered: string = renderRuleTable()): string {
  const region = `${START}\n${rendered}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END, start + START.length);
  if (start === -1 || end === -1) {
    const separator = readme === '' || readme.endsWith('\n\n') ? '' : readme.endsWith('\n') ? '\n' : '\n\n';
    return `${readme}${separator}${region}\n`;
  }
  return `${readme.slice(0, start)}${region}${readme.slice(end + END.length)}`;
}

export function readmeIsCurrent(readme: string): boolean {
  return withRuleTable(readme) === readme;
}

export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));

export function main(args: readonly string[], path: string = README_PATH): number {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (args.includes('--check')) {
    if (readmeIsCurrent(current)) return 0;
    console.error(`${path}: the rule table is out of date; run npx tsx scripts/rule-table.ts`);
    return 1;
  }
  const next = withRuleTable(current);
  if (next !== current) writeFileSync(path, next);
  console.log(`${path}: rule table ${next === current ? 'already current' : 'written'}`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
