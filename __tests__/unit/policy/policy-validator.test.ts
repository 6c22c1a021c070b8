// The policy schema is compiled ahead of time (src/policy/policy-validator.generated.js): the
// committed module is what the catalogue generates now, and it reports exactly the errors that
// ajv compiling the schema at run time reports — the messages of schema-errors.ts quote them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { buildPolicySchema } from '../../../src/policy/schema-build.js';
import { validatePolicyDocument } from '../../../src/policy/schema-validator.js';
import { POLICY_VALIDATOR_FILE, POLICY_VALIDATOR_OPTIONS, policyValidatorCode } from '../../../scripts/policy-validator-code.js';

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

function compiledNow() {
  const ajv = new Ajv2020({ ...POLICY_VALIDATOR_OPTIONS });
  addFormats(ajv, ['date']);
  return ajv.compile(buildPolicySchema());
}

const documents: Record<string, unknown> = {
  valid: { version: 1, rules: { 'stale-member': { 'inactive-days': 30 } } },
  'wrong version': { version: 2 },
  'no version': { rules: {} },
  'unknown rule and key': { version: 1, rules: { 'stale-membr': {} }, extra: true },
  'threshold out of range': { version: 1, rules: { 'stale-member': { 'inactive-days': 0, severity: 'urgent' } } },
  'impossible date': { version: 1, exemptions: [{ rule: 'stale-member', subject: 'octocat', reason: 'r', expires: '2026-02-30' }] },
  // 200 characters, 400 UTF-16 code units: within maxLength 256 only when counted as characters.
  'astral characters count once': { version: 1, 'service-accounts': ['😀'.repeat(200)] },
  'too long': { version: 1, 'service-accounts': ['😀'.repeat(257)] },
  'not a mapping': ['version', 1],
};

describe('the precompiled policy validator', () => {
  it(`${POLICY_VALIDATOR_FILE} is what scripts/generate-schema.ts (or generate-policy-validator.ts) writes now`, () => {
    const committed = readFileSync(new URL(`../../../${POLICY_VALIDATOR_FILE}`, import.meta.url), 'utf8');
    expect(committed).toBe(policyValidatorCode());
  });

  it.each(Object.keys(documents))('reports what ajv compiling the schema reports: %s', (name) => {
    const validate = compiledNow();
    const expected = validate(documents[name]) ? [] : validate.errors;
    expect(validatePolicyDocument(documents[name])).toEqual(expected);
  });

  it('finds errors at all (the comparison is not between two empty lists)', () => {
    expect(validatePolicyDocument(documents['wrong version'])).not.toEqual([]);
    expect(validatePolicyDocument(documents['impossible date']).map((error) => error.keyword)).toContain('format');
    expect(validatePolicyDocument(documents.valid)).toEqual([]);
    expect(validatePolicyDocument(documents['astral characters count once'])).toEqual([]);
    expect(validatePolicyDocument(documents['too long']).map((error) => error.keyword)).toEqual(['maxLength']);
  });
});
