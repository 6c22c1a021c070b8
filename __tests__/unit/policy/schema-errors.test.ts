// Every error class, asserted at its exact file:line:column with its exact message.
import { describe, expect, it } from '@jest/globals';
import { formatPolicyError, loadPolicyFromTexts, type PolicyError } from '../../../src/policy/index.js';

const PATH = 'policies/team.yml';

function errorsOf(text: string): string[] {
  return loadPolicyFromTexts([{ path: PATH, text }]).errors.map(formatPolicyError);
}

function only(text: string): PolicyError {
  const { errors } = loadPolicyFromTexts([{ path: PATH, text }]);
  expect(errors).toHaveLength(1);
  return errors[0];
}

describe('schema errors point at the value', () => {
  it('wrong type', () => {
    const text = 'version: 1\nrules:\n  stale-member:\n    inactive-days: ninety\n';
    const error = only(text);
    expect(formatPolicyError(error)).toBe(
      'policies/team.yml:4:20: `inactive-days` must be a whole number, got string "ninety"',
    );
    expect(error).toMatchObject({
      endLine: 4,
      endColumn: 26,
      fix: 'Write a whole number here (default 90).',
    });
  });

  it('a fraction where a whole number is needed, and an empty value', () => {
    expect(
      errorsOf(
        'version: 1\nrules:\n  stale-token: { unused-days: 1.5 }\n  stale-secret:\n    rotation-days:\n',
      ),
    ).toEqual([
      'policies/team.yml:3:31: `unused-days` must be a whole number, got number 1.5',
      'policies/team.yml:5:5: `rotation-days` must be a whole number, got nothing (an empty value)',
    ]);
  });

  it('out of range, below and above, with the allowed range', () => {
    expect(
      errorsOf('version: 1\nrules:\n  stale-deploy-key: { never-used-days: 0, unused-days: 4000 }\n'),
    ).toEqual([
      'policies/team.yml:3:40: `never-used-days` must be at least 1 (allowed 1–3650), got 0',
      'policies/team.yml:3:56: `unused-days` must be at most 3650 (allowed 1–3650), got 4000',
    ]);
  });

  it('a value inside the range is accepted (near miss)', () => {
    expect(
      errorsOf('version: 1\nrules:\n  stale-deploy-key: { never-used-days: 1, unused-days: 3650 }\n'),
    ).toEqual([]);
  });

  it('unknown key, at the key, with a suggestion', () => {
    const error = only('version: 1\nrules:\n  stale-member:\n    inactve-days: 30\n');
    expect(formatPolicyError(error)).toBe(
      'policies/team.yml:4:5: unknown key `inactve-days` in rules.stale-member — did you mean `inactive-days`?',
    );
    expect(error.fix).toBe('Allowed keys here: enabled, severity, inactive-days.');
  });

  it('unknown top-level key without a close match gets no suggestion', () => {
    expect(errorsOf('version: 1\nnotifications: {}\n')).toEqual([
      'policies/team.yml:2:1: unknown key `notifications` in the top level',
    ]);
  });

  it('a threshold of another rule is unknown for this rule', () => {
    expect(errorsOf('version: 1\nrules:\n  stale-token: { inactive-days: 30 }\n')).toEqual([
      'policies/team.yml:3:18: unknown key `inactive-days` in rules.stale-token',
    ]);
  });

  it('unknown rule name under rules, with a suggestion', () => {
    expect(errorsOf('version: 1\nrules:\n  stale-membr: { enabled: false }\n')).toEqual([
      'policies/team.yml:3:3: unknown rule `stale-membr` in rules — did you mean `stale-member`?',
    ]);
  });

  it('unknown rule name in an exemption and a route', () => {
    const text = [
      'version: 1',
      'exemptions:',
      '  - subjects: [deploy-bot]',
      '    rules: [write-deploy-kee]',
      '    reason: CD',
      '    expires: 2027-03-31',
      'routing:',
      '  - { rules: [retained-tokn], destination: issue }',
      '',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'policies/team.yml:4:13: unknown rule `write-deploy-kee` in exemptions[0].rules[0] — did you mean `write-deploy-key`?',
      'policies/team.yml:8:15: unknown rule `retained-tokn` in routing[0].rules[0] — did you mean `retained-token`?',
    ]);
  });

  it('wrong severity, with a suggestion', () => {
    expect(errorsOf('version: 1\nrules:\n  stale-member: { severity: hgh }\n')).toEqual([
      'policies/team.yml:3:29: `severity` must be one of `critical`, `high`, `medium`, `low`, `info`, got string "hgh" — did you mean `high`?',
    ]);
  });

  it('exemption without reason and without expires', () => {
    const text = 'version: 1\nexemptions:\n  - subjects: [deploy-bot]\n    rules: [write-deploy-key]\n';
    expect(errorsOf(text)).toEqual([
      'policies/team.yml:3:5: exemption exemptions[0] has no `reason`; every exemption needs a reason and an expiry date',
      'policies/team.yml:3:5: exemption exemptions[0] has no `expires`; every exemption needs a reason and an expiry date',
    ]);
  });

  it('exemption naming neither subjects nor resources is one error, not three', () => {
    expect(errorsOf('version: 1\nexemptions:\n  - reason: all\n    expires: 2027-01-01\n')).toEqual([
      'policies/team.yml:3:5: exemption exemptions[0] names neither `subjects` nor `resources`; it would exempt everything',
    ]);
  });

  it('an exemption with only resources is valid (near miss)', () => {
    expect(
      errorsOf(
        'version: 1\nexemptions:\n  - resources: ["deploy-key:acme/api/*"]\n    reason: CD\n    expires: 2027-01-01\n',
      ),
    ).toEqual([]);
  });

  it('invalid date: not a calendar day, and not a date at all', () => {
    const text = [
      'version: 1',
      'exemptions:',
      '  - { subjects: [a], reason: x, expires: 2027-02-30 }',
      '  - { subjects: [b], reason: x, expires: "next year" }',
      '  - { subjects: [c], reason: x, expires: 2028-02-29 }',
      '',
    ].join('\n');
    expect(errorsOf(text)).toEqual([
      'policies/team.yml:3:42: `expires` must be a calendar date YYYY-MM-DD, got string "2027-02-30"',
      'policies/team.yml:4:42: `expires` must be a calendar date YYYY-MM-DD, got string "next year"',
    ]);
  });

  it('wrong version and missing version', () => {
    expect(errorsOf('version: 2\n')).toEqual(['policies/team.yml:1:10: `version` must be 1, got number 2']);
    expect(errorsOf('rules: {}\n')).toEqual(['policies/team.yml:1:1: missing `version`']);
  });

  it('a document that is not a mapping', () => {
    expect(errorsOf('- version: 1\n')).toEqual([
      'policies/team.yml:1:1: `the document` must be a mapping (key: value lines), got a list',
    ]);
  });

  it('journey: bad id, unknown check', () => {
    expect(
      errorsOf(
        'version: 1\noffboarding:\n  journey:\n    - { id: Laptop_Returned, title: Laptop, check: manul }\n',
      ),
    ).toEqual([
      'policies/team.yml:4:13: `id` must be kebab-case (lower-case letters, digits and single dashes), got string "Laptop_Returned"',
      'policies/team.yml:4:52: `check` must be one of `org-membership`, `repo-access`, `team-membership`, `invitations`, `tokens`, `deploy-keys`, `secrets-rotated`, `manual`, got string "manul" — did you mean `manual`?',
    ]);
  });
});

describe('YAML-level errors', () => {
  it('duplicate keys, at the second key', () => {
    expect(
      errorsOf(
        'version: 1\nrules:\n  stale-member: { inactive-days: 30 }\n  stale-member: { inactive-days: 60 }\n',
      ),
    ).toEqual(['policies/team.yml:4:3: YAML syntax error: Map keys must be unique']);
  });

  it('syntax error, at the position the parser gives', () => {
    const error = only('version: 1\nrules:\n  stale-member: { inactive-days: 30\n');
    expect(error.path).toBe(PATH);
    expect([error.line, error.column]).toEqual([4, 1]);
    expect(error.message).toMatch(
      /^YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }$/,
    );
  });

  it('empty file and a file with only comments', () => {
    expect(errorsOf('')).toEqual(['policies/team.yml:1:1: policy file is empty']);
    expect(errorsOf('# nothing yet\n')).toEqual(['policies/team.yml:1:1: policy file is empty']);
  });

  it('custom and unknown tags are errors, never executed or turned into strings', () => {
    expect(errorsOf('version: 1\nservice-accounts: [!!js/function "function () {}"]\n')).toEqual([
      'policies/team.yml:2:20: YAML problem: Unresolved tag: tag:yaml.org,2002:js/function',
    ]);
    expect(errorsOf('version: !env VERSION\n')).toEqual([
      'policies/team.yml:1:10: YAML problem: Unresolved tag: !env',
    ]);
  });

  it('a merge key is not merged: it is an unknown key', () => {
    const text = 'version: 1\nbase: &base { inactive-days: 30 }\n';
    expect(errorsOf(text)).toEqual(['policies/team.yml:2:1: unknown key `base` in the top level']);
    const merge = 'version: 1\nrules:\n  stale-member:\n    <<: { inactive-days: 30 }\n';
    expect(errorsOf(merge)).toEqual(['policies/team.yml:4:5: unknown key `<<` in rules.stale-member']);
  });

  it('refuses alias bombs (billion laughs)', () => {
    const lines = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level <= 8; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      lines.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(',')}]`);
    }
    const [error] = errorsOf(`${lines.join('\n')}\n`);
    expect(error).toMatch(/^policies\/team\.yml:1:1: YAML could not be expanded: Excessive alias count/);
  });

  it('a few aliases are fine (near miss)', () => {
    const text = 'version: 1\nservice-accounts: &bots ["ci-bot"]\napproved-changers:\n  actors: *bots\n';
    const loaded = loadPolicyFromTexts([{ path: PATH, text }]);
    expect(loaded.errors).toEqual([]);
    expect(loaded.policy.approvedChangers.actors).toEqual(['ci-bot']);
  });

  it('a file with errors contributes nothing to the policy', () => {
    const text = 'version: 1\nrules:\n  stale-member: { inactive-days: 30, severity: hgh }\n';
    const loaded = loadPolicyFromTexts([{ path: PATH, text }]);
    expect(loaded.errors).toHaveLength(1);
    expect(loaded.policy.rules['stale-member'].thresholds['inactive-days']).toBe(90);
  });

  it('refuses a text over the size limit', () => {
    const text = `version: 1\n#${'x'.repeat(256 * 1024)}\n`;
    expect(errorsOf(text)).toEqual([
      `policies/team.yml:1:1: policy file \`policies/team.yml\` is ${Buffer.byteLength(text)} bytes, over the 262144-byte limit`,
    ]);
  });
});
