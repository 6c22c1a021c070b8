// Builds the policy JSON Schema from the rule catalogue, so rule names, severities and
// thresholds are written down once (src/rules/catalogue.ts). scripts/generate-schema.ts writes
// the result to schema/policy.schema.json for editors; the loader validates with the same object,
// and a test asserts the committed file equals what this function returns.
import { SEVERITIES, RULE_NAMES } from '../model.js';
import { RULES, type RuleSpec } from '../rules/catalogue.js';
import { JOURNEY_CHECKS } from './journey.js';
import { DEFAULT_MAX_REVOCATIONS } from './types.js';

export type JsonSchema = { [keyword: string]: unknown };

export const SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Severities strongest first, as people read them. */
const SEVERITY_NAMES = [...SEVERITIES].reverse();

/**
 * Bounds on policy patterns. Matching is linear in pattern × text (src/policy/glob.ts), so
 * these only keep a hostile pull request from making `validate` do needless work: a login is at
 * most 39 characters, a workflow path or resource id rarely above 200.
 */
export const PATTERN_LIMITS = { maxLength: 256, maxItems: 500 } as const;

function patternList(description: string, itemDescription: string): JsonSchema {
  return {
    description,
    type: 'array',
    minItems: 1,
    maxItems: PATTERN_LIMITS.maxItems,
    items: { type: 'string', minLength: 1, maxLength: PATTERN_LIMITS.maxLength, description: itemDescription },
  };
}

function ruleSettingsSchema(rule: RuleSpec): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    enabled: { description: `Whether \`${rule.name}\` runs at all. Default: true.`, type: 'boolean' },
    severity: {
      description: `Severity of \`${rule.name}\` findings. Default: ${rule.defaultSeverity}.`,
      $ref: '#/$defs/severity',
    },
  };
  for (const threshold of rule.thresholds) {
    properties[threshold.key] = {
      description: `${threshold.description} Default: ${threshold.default} (allowed ${threshold.minimum}–${threshold.maximum}).`,
      type: 'integer',
      minimum: threshold.minimum,
      maximum: threshold.maximum,
      default: threshold.default,
    };
  }
  return {
    description: `\`${rule.name}\` (${rule.modes.join(', ')}): fires when ${rule.firesWhen}.`,
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

export function buildPolicySchema(): JsonSchema {
  const rules: Record<string, JsonSchema> = {};
  for (const rule of RULES) rules[rule.name] = ruleSettingsSchema(rule);
  return {
    $schema: SCHEMA_DIALECT,
    title: 'Offboarding Sentinel policy',
    description:
      'One policy file of Offboarding Sentinel. Every *.yml / *.yaml file directly under `policy-path` is read in name order and merged; see docs/policy.md.',
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
      version: { description: 'Policy format version. Must be 1.', const: 1 },
      rules: {
        description:
          'Per-rule settings: enable or disable a rule, change its severity, tune its thresholds. Rules not listed keep their defaults.',
        type: 'object',
        additionalProperties: false,
        properties: rules,
      },
      exemptions: {
        description:
          'Findings that are accepted for a reason until a date. An expired exemption stops applying and is itself reported.',
        type: 'array',
        items: { $ref: '#/$defs/exemption' },
      },
      'service-accounts': patternList(
        'Logins (globs) of bots and service accounts that `stale-member` ignores.',
        'A login or glob such as `*-automation`.',
      ),
      'approved-changers': {
        description:
          'Who may delete or change tokens, keys, credential authorizations and secrets without an `unapproved-credential-change` finding.',
        type: 'object',
        additionalProperties: false,
        properties: {
          actors: patternList('Logins (globs) allowed to make credential changes.', 'A login or glob.'),
          workflows: patternList(
            'Workflow files (globs) allowed to make credential changes, as `owner/repo/.github/workflows/file.yml`.',
            'A workflow path or glob.',
          ),
        },
      },
      offboarding: {
        description: 'How offboarding runs: the expected journey and whether to revoke what is left.',
        type: 'object',
        additionalProperties: false,
        properties: {
          remediate: {
            description: 'Revoke what is left after offboarding (never on a dry run). Default: false.',
            type: 'boolean',
          },
          'remediate-privileged': {
            description:
              'Organization owners and bot accounts that remediation may act on. Without a line here, remediation never touches an owner or a bot (nor, ever, the token\'s own account).',
            type: 'array',
            minItems: 1,
            items: { description: 'A GitHub login, exactly (no globs).', type: 'string', minLength: 1 },
          },
          'max-revocations': {
            description: `At most this many revocations per run, over all subjects; the rest wait for the next run. Default: ${DEFAULT_MAX_REVOCATIONS}.`,
            type: 'integer',
            minimum: 1,
            maximum: 1000,
            default: DEFAULT_MAX_REVOCATIONS,
          },
          journey: {
            description:
              'The steps every offboarding must go through, each within its deadline. Later files add steps. Without any journey, one GitHub-checked step per kind applies with the `offboarding-step-missing` deadline.',
            type: 'array',
            minItems: 1,
            items: { $ref: '#/$defs/journeyStep' },
          },
        },
      },
      routing: {
        description:
          'Where findings go: which rules open issues, with which labels, assignees and team mentions.',
        type: 'array',
        items: { $ref: '#/$defs/route' },
      },
    },
    $defs: {
      severity: { description: 'A severity, strongest first.', enum: SEVERITY_NAMES },
      ruleName: { description: 'A rule of the catalogue.', enum: [...RULE_NAMES] },
      ruleList: {
        description: 'Rules this applies to; omit the key for every rule.',
        type: 'array',
        minItems: 1,
        items: { $ref: '#/$defs/ruleName' },
      },
      exemption: {
        description:
          'An accepted finding: by subject, by resource or both, with a reason and an expiry date.',
        type: 'object',
        additionalProperties: false,
        required: ['reason', 'expires'],
        // `properties` restated so ajv's strictRequired sees each required key defined.
        anyOf: [
          { required: ['subjects'], properties: { subjects: true } },
          { required: ['resources'], properties: { resources: true } },
        ],
        properties: {
          subjects: patternList(
            'Logins (globs) the exemption covers; omit for any subject.',
            'A login or glob.',
          ),
          resources: patternList(
            'Resource identifiers (globs) the exemption covers, e.g. `deploy-key:acme/api/*`; omit for any resource.',
            'A resource identifier or glob (`*` within a segment, `**` across `/`).',
          ),
          rules: {
            description: 'Rules the exemption covers; omit for every rule.',
            $ref: '#/$defs/ruleList',
          },
          reason: {
            description: 'Why the finding is accepted (shown next to exempted findings).',
            type: 'string',
            minLength: 1,
          },
          expires: {
            description: 'Last day (UTC, inclusive) the exemption applies, as YYYY-MM-DD.',
            type: 'string',
            format: 'date',
          },
        },
      },
      journeyStep: {
        description: 'One step of the offboarding journey.',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title', 'check'],
        properties: {
          id: {
            description: 'Stable identifier of the step (kebab-case); the tracking issue ticks steps by id.',
            type: 'string',
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
          },
          title: { description: 'What a person reads in the tracking issue.', type: 'string', minLength: 1 },
          check: {
            description:
              'How the step is recognised as done: a kind of GitHub access that must be gone, or `manual` (ticked in the tracking issue).',
            enum: [...JOURNEY_CHECKS],
          },
          'deadline-hours': {
            description:
              'Hours after `offboarded-at` by which the step must be done. Default: the `offboarding-step-missing` rule’s `deadline-hours`.',
            type: 'integer',
            minimum: 1,
            maximum: 8760,
          },
        },
      },
      route: {
        description: 'A routing rule for findings.',
        type: 'object',
        additionalProperties: false,
        required: ['destination'],
        properties: {
          rules: {
            description: 'Rules this route applies to; omit for every rule.',
            $ref: '#/$defs/ruleList',
          },
          destination: {
            description:
              '`issue` opens and updates issues; `check-run` keeps the findings on the check run only.',
            enum: ['issue', 'check-run'],
          },
          labels: patternList('Labels put on the issues (must exist in the repository).', 'A label name.'),
          assignees: patternList('Logins assigned to the issues.', 'A login.'),
          teams: patternList(
            'Team slugs mentioned in the issue body (must exist in the organization).',
            'A team slug.',
          ),
          'group-by': {
            description: 'How audit findings are grouped into issues. Default: rule.',
            enum: ['rule', 'subject', 'resource'],
          },
        },
      },
    },
  };
}

/** The schema file's text exactly as committed: two-space JSON and a final newline. */
export function policySchemaText(): string {
  return `${JSON.stringify(buildPolicySchema(), null, 2)}\n`;
}
