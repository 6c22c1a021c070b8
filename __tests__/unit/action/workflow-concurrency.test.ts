// Every example workflow says how overlapping runs behave: a `concurrency:` group with a comment
// on why (or why it is per dispatch), and the action survives without it (issue-lock.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';

const folder = join(import.meta.dirname, '..', '..', '..', 'docs', 'workflows');
const files = readdirSync(folder).filter((name) => name.endsWith('.yml'));

describe('example workflows', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('%s declares a concurrency group and explains it', (file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    const workflow = parse(text) as { concurrency?: { group?: string; 'cancel-in-progress'?: boolean } };
    expect(typeof workflow.concurrency?.group).toBe('string');
    expect(typeof workflow.concurrency?.['cancel-in-progress']).toBe('boolean');
    const before = text.slice(0, text.indexOf('concurrency:')).trimEnd().split('\n').at(-1) ?? '';
    expect(before).toMatch(/^#/);
  });
});
