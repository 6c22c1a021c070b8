// The schema is the single source of truth: the committed file is what the catalogue generates,
// the TypeScript raw-document type describes the same shape, and the resolver reads every key.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { RULE_NAMES, type RuleName } from '../../../src/model.js';
import { RULES } from '../../../src/rules/catalogue.js';
import { parsePolicyText } from '../../../src/policy/parse-document.js';
import type { RawPolicyDocument, RawRuleSettings } from '../../../src/policy/raw-types.js';
import { readFilePolicy } from '../../../src/policy/read-file-policy.js';
import { buildPolicySchema, PATTERN_LIMITS, policySchemaText, type JsonSchema } from '../../../src/policy/schema-build.js';
import { validatePolicyDocument } from '../../../src/policy/schema-validator.js';

type DeepRequired<T> = T extends (infer U)[]
  ? DeepRequired<U>[]
  : T extends object
    ? { [K in keyof T]-?: DeepRequired<T[K]> }
    : T;

const allRules = Object.fromEntries(
  RULES.map((rule): [RuleName, DeepRequired<RawRuleSettings>] => [
    rule.name,
    {
      enabled: true,
      severity: 'high',
      ...Object.fromEntries(rule.thresholds.map((threshold) => [threshold.key, threshold.minimum])),
    },
  ]),
) as Record<RuleName, DeepRequired<RawRuleSettings>>;

/** Every key the format has, each present: it must satisfy the type with nothing optional. */
const completeExample = {
  version: 1,
  rules: allRules,
  exemptions: [
    {
      subjects: ['deploy-bot'],
      resources: ['deploy-key:acme/api/*'],
      rules: ['write-deploy-key'],
      reason: 'CD',
      expires: '2027-03-31',
    },
  ],
  'service-accounts': ['ci-bot'],
  'approved-changers': { actors: ['secops-lead'], workflows: ['acme/ops/.github/workflows/offboard.yml'] },
  offboarding: {
    remediate: false,
    'remediate-privileged': ['org-admin'],
    'max-revocations': 10,
    journey: [{ id: 'laptop-returned', title: 'Laptop returned', check: 'manual', 'deadline-hours': 72 }],
  },
  routing: [
    {
      rules: ['retained-token'],
      destination: 'issue',
      labels: ['security'],
      assignees: ['secops-lead'],
      teams: ['secops'],
      'group-by': 'rule',
    },
  ],
} satisfies DeepRequired<RawPolicyDocument>;

/** Every property path of the schema, `[]` for list items, `$defs` followed. */
function schemaPaths(schema: JsonSchema, root: JsonSchema, prefix: string, out: Set<string>): Set<string> {
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    return schemaPaths(
      (root.$defs as Record<string, JsonSchema>)[ref.replace('#/$defs/', '')],
      root,
      prefix,
      out,
    );
  }
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    out.add(path);
    schemaPaths(child, root, path, out);
  }
  if (schema.items) schemaPaths(schema.items as JsonSchema, root, `${prefix}[]`, out);
  return out;
}

/** The example wrapped so every property read is recorded by path. */
function recording(value: unknown, prefix: string, reads: Set<string>): unknown {
  if (value === null || typeof value !== 'object') return value;
  return new Proxy(value, {
    get(target, property, receiver) {
      const result: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || (Array.isArray(target) && !/^\d+$/.test(property))) return result;
      const path = Array.isArray(target) ? `${prefix}[]` : prefix === '' ? property : `${prefix}.${property}`;
      if (!Array.isArray(target)) reads.add(path);
      return recording(result, path, reads);
    },
  });
}

describe('policy schema', () => {
  it('the committed schema/policy.schema.json is exactly what the catalogue generates', () => {
    const committed = readFileSync(new URL('../../../schema/policy.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(policySchemaText());
  });

  it('lists every rule and every threshold of the catalogue, with their bounds', () => {
    const rules = ((buildPolicySchema().properties as JsonSchema).rules as JsonSchema).properties as Record<
      string,
      JsonSchema
    >;
    expect(Object.keys(rules)).toEqual([...RULE_NAMES]);
    const staleMember = rules['stale-member'].properties as Record<string, JsonSchema>;
    expect(staleMember['inactive-days']).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 3650,
      default: 90,
    });
  });

  it('describes every key and forbids unknown keys everywhere', () => {
    const visit = (schema: JsonSchema, where: string) => {
      if (schema.properties) {
        expect({ where, additionalProperties: schema.additionalProperties }).toEqual({
          where,
          additionalProperties: false,
        });
        for (const [key, child] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
          if (child === (true as unknown)) continue;
          expect({ where: `${where}.${key}`, described: typeof child.description === 'string' }).toEqual({
            where: `${where}.${key}`,
            described: true,
          });
          visit(child, `${where}.${key}`);
        }
      }
      if (schema.items && typeof schema.items === 'object') visit(schema.items as JsonSchema, `${where}[]`);
    };
    const schema = buildPolicySchema();
    visit(schema, '');
    for (const [name, definition] of Object.entries(schema.$defs as Record<string, JsonSchema>))
      visit(definition, `$defs.${name}`);
  });

  it('bounds every pattern list and pattern (a pull request cannot make validate do unbounded work)', () => {
    const long = 'a'.repeat(PATTERN_LIMITS.maxLength + 1);
    for (const document of [
      { 'service-accounts': [long] },
      { 'approved-changers': { actors: [long] } },
      { 'approved-changers': { workflows: [long] } },
      { 'service-accounts': Array.from({ length: PATTERN_LIMITS.maxItems + 1 }, (_, i) => `svc-${i}`) },
    ]) {
      const bounds = validatePolicyDocument(document).filter((e) => /^max(Length|Items)$/.test(e.keyword));
      expect(bounds).toHaveLength(1);
    }
    const atTheLimit = validatePolicyDocument({ 'service-accounts': ['a'.repeat(PATTERN_LIMITS.maxLength)] });
    expect(atTheLimit.filter((e) => /^max(Length|Items)$/.test(e.keyword))).toEqual([]);
  });

  it('the complete example (typed as the raw document) is valid against the schema', () => {
    expect(validatePolicyDocument(completeExample)).toEqual([]);
  });

  it('the complete example has every schema property, and the resolver reads each of them', () => {
    const all = schemaPaths(buildPolicySchema(), buildPolicySchema(), '', new Set());
    const present = new Set<string>();
    recording(completeExample, '', present);
    const collect = (value: unknown, prefix: string) => {
      if (Array.isArray(value)) value.forEach((item) => collect(item, `${prefix}[]`));
      else if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) {
          const path = prefix === '' ? key : `${prefix}.${key}`;
          present.add(path);
          collect(child, path);
        }
    };
    collect(completeExample, '');
    expect([...all].filter((path) => !present.has(path))).toEqual([]);

    const parsed = parsePolicyText('policies/complete.yml', JSON.stringify(completeExample));
    const reads = new Set<string>();
    readFilePolicy(parsed, recording(completeExample, '', reads) as RawPolicyDocument);
    expect([...all].filter((path) => !reads.has(path)).sort()).toEqual([]);
  });

  it('ajv and ajv-formats load through their CommonJS default export in either shape', () => {
    const shapes = [Ajv2020Module, { default: Ajv2020Module.default }];
    for (const shape of shapes) {
      const Ajv = typeof shape === 'function' ? shape : shape.default;
      const ajv = new Ajv({ strict: true });
      const addFormats = typeof addFormatsModule === 'function' ? addFormatsModule : addFormatsModule.default;
      addFormats(ajv, ['date']);
      expect(ajv.validate({ type: 'string', format: 'date' }, '2027-02-30')).toBe(false);
    }
  });
});
