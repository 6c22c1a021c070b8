// Whatever a policy file holds, the loader answers with a policy or with errors that each have a
// position (file, line ≥ 1, column ≥ 1), a message and a fix — never an exception, never a hang,
// never an unbounded or unprintable message. Inputs: raw bytes, YAML of arbitrary values, near-
// valid documents, and the shipped examples with random edits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';

// Small values: the properties are about shapes, and the suite must stay fast.
fc.configureGlobal({ baseSize: 'small' });
import { stringify } from 'yaml';
import { RULE_NAMES } from '../../../src/model.js';
import { MAX_ERRORS_PER_FILE } from '../../../src/policy/bound-errors.js';
import { loadPolicyFromTexts } from '../../../src/policy/index.js';

const PATH = 'policies/p.yml';
const root = join(import.meta.dirname, '..', '..', '..');
const examples = ['policies/offboarding-sentinel.yml', 'policies/examples/default.yml', 'policies/examples/strict.yml'].map((file) =>
  readFileSync(join(root, file), 'utf8'),
);
/** Our messages are ASCII plus a few typographic characters of our own; nothing from the file raw. */
const PRINTABLE = /^[\x20-\x7e…–—’]*$/;

function checkAnswer(text: string): void {
  const started = performance.now();
  const loaded = loadPolicyFromTexts([{ path: PATH, text }]);
  expect(performance.now() - started).toBeLessThan(3000);
  expect(loaded.errors.length).toBeLessThanOrEqual(MAX_ERRORS_PER_FILE + 1);
  for (const error of loaded.errors) {
    expect(error.path).toBe(PATH);
    expect(Number.isInteger(error.line) && error.line >= 1).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1).toBe(true);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.message.length).toBeLessThanOrEqual(500);
    expect(error.fix.length).toBeGreaterThan(0);
    expect(error.message).toMatch(PRINTABLE);
  }
  if (loaded.errors.length === 0) expect(loaded.policy.version).toBe(1);
}

const settings = fc.dictionary(
  fc.constantFrom('enabled', 'severity', 'inactive-days', 'max-age-days', 'unused-days', 'deadline-hours', 'bogus'),
  fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.boolean(), fc.constantFrom('high', 'low', 'nope'), fc.string(), fc.constant(null)),
);

/** Documents shaped like policies, with wrong and right values mixed. */
const nearValid = fc.record(
  {
    version: fc.oneof(fc.constant(1), fc.constant(2), fc.string(), fc.constant(null)),
    rules: fc.dictionary(fc.constantFrom(...RULE_NAMES, 'stale-membr', 'x'), settings),
    exemptions: fc.array(
      fc.record(
        {
          subjects: fc.array(fc.oneof(fc.string(), fc.integer())),
          resources: fc.array(fc.string()),
          rules: fc.array(fc.constantFrom(...RULE_NAMES, 'unknown')),
          reason: fc.oneof(fc.string(), fc.constant(null)),
          expires: fc.oneof(fc.constantFrom('2027-03-31', '2026-02-30', '9999-12-31', 'soon'), fc.string(), fc.integer()),
        },
        { requiredKeys: [] },
      ),
    ),
    'service-accounts': fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
    offboarding: fc.record(
      {
        remediate: fc.oneof(fc.boolean(), fc.string()),
        'max-revocations': fc.oneof(fc.integer({ min: -1, max: 2000 }), fc.string()),
        journey: fc.array(fc.record({ id: fc.string(), title: fc.string(), check: fc.constantFrom('manual', 'tokens', 'x'), 'deadline-hours': fc.integer() }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    ),
    routing: fc.array(fc.dictionary(fc.string(), fc.anything())),
  },
  { requiredKeys: [] },
);

/** One of the shipped policies with a few random characters inserted or deleted. */
const editedExample = fc
  .tuple(fc.constantFrom(...examples), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 4 })), { maxLength: 4 }))
  .map(([text, edits]) =>
    edits.reduce((current, [at, remove, insert]) => {
      const position = current.length === 0 ? 0 : at % current.length;
      return current.slice(0, position) + insert + current.slice(position + remove);
    }, text),
  );

describe('the policy loader on any input', () => {
  it('raw bytes and random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.uint8Array({ maxLength: 4000 }).map((b) => Buffer.from(b).toString('latin1'))), checkAnswer),
      { numRuns: 300 },
    );
  });

  it('YAML of arbitrary values', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 4 }), (value) => checkAnswer(stringify(value) ?? '')), { numRuns: 200 });
  });

  it('near-valid policy documents', () => {
    fc.assert(fc.property(nearValid, (document) => checkAnswer(stringify(document))), { numRuns: 60 });
  });

  it('the shipped policies with random edits', () => {
    fc.assert(fc.property(editedExample, checkAnswer), { numRuns: 150 });
  });

  it('near miss: the shipped policies themselves load without errors', () => {
    for (const text of examples) expect(loadPolicyFromTexts([{ path: PATH, text }]).errors).toEqual([]);
  });
});
