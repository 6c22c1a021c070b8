// The JSON Schema of the report (schema/report.schema.json is this, written by
// `npx tsx scripts/generate-report-schema.ts`; a test keeps the two equal). Properties are only
// ever added, so a reader accepts ones it does not know.
import { MODES, RULE_NAMES, SEVERITIES } from '../model.js';

export const REPORT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/offboarding-sentinel/offboarding-sentinel/schema/report.schema.json',
  title: 'Offboarding Sentinel report',
  description:
    'The JSON report (`report-path`), schemaVersion 1. Fields are only ever added, never renamed or dropped, so unknown properties are allowed.',
  type: 'object',
  required: [
    'schemaVersion',
    'organization',
    'mode',
    'generatedAt',
    'findings',
    'coverage',
    'stats',
    'history',
    'failures',
    'expiringExemptions',
    'exempted',
    'changes',
    'offboarding',
    'policy',
    'dryRun',
  ],
  properties: {
    schemaVersion: {
      const: 1,
    },
    organization: {
      type: 'string',
      minLength: 1,
    },
    mode: {
      enum: [...MODES],
    },
    generatedAt: {
      type: 'string',
      format: 'date-time',
    },
    findings: {
      type: 'array',
      items: {
        $ref: '#/$defs/finding',
      },
    },
    coverage: {
      type: 'object',
      required: ['complete', 'gaps'],
      properties: {
        complete: {
          type: 'boolean',
        },
        gaps: {
          type: 'array',
          items: {
            $ref: '#/$defs/gap',
          },
        },
        scope: { type: 'string' },
      },
    },
    stats: {
      type: 'object',
      required: ['restRequests', 'graphqlRequests', 'graphqlCost', 'durationMs'],
      properties: {
        restRequests: {
          type: 'integer',
          minimum: 0,
        },
        graphqlRequests: {
          type: 'integer',
          minimum: 0,
        },
        graphqlCost: {
          type: 'number',
          minimum: 0,
        },
        durationMs: {
          type: 'number',
          minimum: 0,
        },
      },
    },
    history: {
      type: 'object',
      required: ['insufficient'],
      properties: {
        insufficient: {
          type: 'array',
          items: {
            type: 'object',
            required: ['rule', 'reason'],
            properties: { rule: { type: 'string' }, reason: { type: 'string' } },
          },
        },
        state: {
          type: 'object',
          required: ['status', 'where'],
          properties: {
            status: { enum: ['read', 'absent', 'unreadable'] },
            where: { type: 'string' },
            reason: { type: 'string' },
            keptAt: { type: 'string' },
          },
        },
      },
    },
    failures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['subject', 'reason'],
        properties: { subject: { type: 'string' }, reason: { type: 'string' }, link: { type: 'string' } },
      },
    },
    expiringExemptions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['expires', 'daysLeft', 'scope', 'reason', 'location'],
        properties: {
          expires: { type: 'string' },
          daysLeft: { type: 'number' },
          scope: { type: 'string' },
          reason: { type: 'string' },
          location: { $ref: '#/$defs/location' },
        },
      },
    },
    exempted: {
      type: 'array',
      items: {
        $ref: '#/$defs/exemptedFinding',
      },
    },
    changes: {
      oneOf: [
        {
          type: 'null',
        },
        {
          type: 'object',
          required: ['new', 'resolved'],
          properties: {
            new: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
            resolved: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
          },
        },
      ],
    },
    offboarding: {
      type: 'array',
      items: {
        $ref: '#/$defs/subjectResult',
      },
    },
    policy: {
      type: 'object',
      required: ['sources', 'errors'],
      properties: {
        sources: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['message'],
            properties: {
              message: {
                type: 'string',
              },
              location: {
                $ref: '#/$defs/location',
              },
            },
          },
        },
      },
    },
    dryRun: {
      type: 'boolean',
    },
    plans: {
      $ref: '#/$defs/plans',
    },
    policyDiff: {
      $ref: '#/$defs/policyDiff',
    },
    anomaly: {
      description: '`audit`: the anomaly baselines used and the findings suppressed by feedback.',
      type: 'object',
      required: ['credentialChanges', 'journey', 'suppressed', 'exemption'],
      properties: {
        credentialChanges: { type: 'object' },
        journey: { type: 'array', items: { type: 'object', required: ['step', 'pastOffboardings'] } },
        suppressed: {
          type: 'array',
          items: {
            type: 'object',
            required: ['rule', 'subject', 'resource', 'verdict', 'by', 'at', 'issue'],
          },
        },
        exemption: { type: ['string', 'null'] },
      },
    },
    organizations: {
      description:
        'A run over several organizations (an enterprise audit, a merge): a section per organization and the total of the scope.',
      type: 'object',
      required: ['enterprise', 'sections', 'total'],
      properties: {
        enterprise: { type: ['string', 'null'] },
        sections: {
          type: 'array',
          items: {
            type: 'object',
            required: ['organization', 'status', 'findings', 'bySeverity', 'coverageComplete', 'gaps', 'generatedAt', 'source'],
            properties: {
              organization: { type: 'string', minLength: 1 },
              status: { enum: ['read', 'missing', 'failed'] },
              findings: { type: 'integer', minimum: 0 },
              bySeverity: { $ref: '#/$defs/severityCounts' },
              coverageComplete: { type: 'boolean' },
              gaps: { type: 'integer', minimum: 0 },
              generatedAt: { type: ['string', 'null'] },
              source: { type: ['string', 'null'] },
              reason: { type: 'string' },
            },
          },
        },
        total: {
          type: 'object',
          required: ['organizations', 'complete', 'findings', 'bySeverity', 'gaps'],
          properties: {
            organizations: { type: 'integer', minimum: 0 },
            complete: { type: 'integer', minimum: 0 },
            findings: { type: 'integer', minimum: 0 },
            bySeverity: { $ref: '#/$defs/severityCounts' },
            gaps: { type: 'integer', minimum: 0 },
          },
        },
      },
    },
  },
  $defs: {
    severityCounts: {
      type: 'object',
      required: [...SEVERITIES],
      additionalProperties: { type: 'integer', minimum: 0 },
    },
    severity: {
      enum: [...SEVERITIES].reverse(),
    },
    location: {
      type: 'object',
      required: ['path', 'line', 'column'],
      properties: {
        path: {
          type: 'string',
        },
        line: {
          type: 'integer',
          minimum: 1,
        },
        column: {
          type: 'integer',
          minimum: 1,
        },
        endLine: {
          type: 'integer',
        },
        endColumn: {
          type: 'integer',
        },
      },
    },
    finding: {
      type: 'object',
      required: ['rule', 'severity', 'subject', 'resource', 'fingerprint', 'message', 'evidence'],
      properties: {
        rule: {
          enum: [...RULE_NAMES],
        },
        severity: {
          $ref: '#/$defs/severity',
        },
        subject: {
          type: ['string', 'null'],
        },
        resource: {
          type: 'string',
        },
        fingerprint: {
          type: 'string',
        },
        message: {
          type: 'string',
        },
        evidence: {
          type: 'object',
        },
        location: {
          $ref: '#/$defs/location',
        },
      },
    },
    exemptedFinding: {
      allOf: [
        {
          $ref: '#/$defs/finding',
        },
        {
          type: 'object',
          required: ['exemption'],
          properties: {
            exemption: {
              type: 'object',
              required: ['reason', 'expires', 'location'],
              properties: {
                reason: {
                  type: 'string',
                },
                expires: {
                  type: 'string',
                },
                location: {
                  $ref: '#/$defs/location',
                },
              },
            },
          },
        },
      ],
    },
    gap: {
      type: 'object',
      required: ['resource', 'reason'],
      properties: {
        resource: {
          type: 'string',
        },
        reason: {
          type: 'string',
        },
      },
    },
    remediationAction: {
      type: 'object',
      required: ['type', 'kind', 'subject', 'resources', 'description'],
      properties: {
        type: {
          enum: ['request', 'manual'],
        },
        kind: {
          type: 'string',
        },
        route: {
          type: 'string',
        },
        params: {
          type: 'object',
        },
        subject: {
          type: ['string', 'null'],
        },
        resources: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        description: {
          type: 'string',
        },
      },
    },
    remediationResult: {
      type: 'object',
      required: ['action', 'ok', 'status', 'error', 'at'],
      properties: {
        action: {
          $ref: '#/$defs/remediationAction',
        },
        ok: {
          type: 'boolean',
        },
        status: {
          type: ['integer', 'null'],
        },
        error: {
          type: ['string', 'null'],
        },
        at: {
          type: 'string',
        },
      },
    },
    item: {
      type: 'object',
      required: ['kind', 'resource', 'label', 'status', 'at', 'by', 'new'],
      properties: {
        kind: {
          type: 'string',
        },
        resource: {
          type: 'string',
        },
        label: {
          type: 'string',
        },
        status: {
          enum: ['revoked', 'rotated', 'retained', 'unknown'],
        },
        at: {
          type: ['string', 'null'],
        },
        by: {
          type: ['string', 'null'],
        },
        new: {
          type: 'boolean',
        },
        reason: {
          type: 'string',
        },
      },
    },
    step: {
      type: 'object',
      required: ['id', 'title', 'check', 'status', 'dueAt', 'doneAt'],
      properties: {
        id: {
          type: 'string',
        },
        title: {
          type: 'string',
        },
        check: {
          enum: ['github', 'manual'],
        },
        status: {
          enum: ['done', 'pending', 'missing', 'unknown'],
        },
        dueAt: {
          type: 'string',
        },
        doneAt: {
          type: ['string', 'null'],
        },
      },
    },
    metrics: {
      type: ['object', 'null'],
      required: [
        'subject',
        'offboardedAt',
        'evaluatedAt',
        'stepsExpected',
        'stepsDone',
        'stepsMissing',
        'itemsTotal',
        'itemsRevoked',
        'itemsRetained',
        'revocations',
        'hoursToFullRevocation',
        'tokensActiveAfter24h',
      ],
      properties: {
        subject: {
          type: 'string',
        },
        offboardedAt: {
          type: 'string',
        },
        evaluatedAt: {
          type: 'string',
        },
        stepsExpected: {
          type: 'number',
        },
        stepsDone: {
          type: 'number',
        },
        stepsMissing: {
          type: 'number',
        },
        stepsPending: {
          type: 'number',
        },
        stepsUnknown: {
          type: 'number',
        },
        itemsTotal: {
          type: 'number',
        },
        itemsRevoked: {
          type: 'number',
        },
        itemsRetained: {
          type: 'number',
        },
        itemsUnknown: {
          type: 'number',
        },
        revocations: {
          type: 'array',
          items: {
            type: 'object',
            required: ['resource', 'kind', 'at', 'by', 'hoursAfterOffboarding'],
            properties: {
              resource: { type: 'string' },
              kind: { type: 'string' },
              at: { type: 'string' },
              by: { type: ['string', 'null'] },
              hoursAfterOffboarding: { type: 'number' },
            },
          },
        },
        hoursToFullRevocation: {
          type: ['number', 'null'],
        },
        tokensActiveAfter24h: {
          type: 'number',
        },
      },
    },
    subjectResult: {
      type: 'object',
      required: [
        'subject',
        'input',
        'phase',
        'offboardedAt',
        'inventorySource',
        'itemsHeld',
        'itemsLeft',
        'findings',
        'closed',
        'items',
        'steps',
        'metrics',
        'remediation',
        'remediationPlan',
      ],
      properties: {
        subject: {
          type: 'string',
        },
        input: {
          type: 'string',
        },
        phase: {
          enum: ['pre', 'post'],
        },
        offboardedAt: {
          type: 'string',
        },
        inventorySource: {
          enum: ['snapshot', 'audit-log'],
        },
        itemsHeld: {
          type: 'integer',
          minimum: 0,
        },
        itemsLeft: {
          type: 'integer',
          minimum: 0,
        },
        findings: {
          type: 'integer',
          minimum: 0,
        },
        closed: {
          type: 'boolean',
        },
        items: {
          type: 'array',
          items: {
            $ref: '#/$defs/item',
          },
        },
        steps: {
          type: 'array',
          items: {
            $ref: '#/$defs/step',
          },
        },
        metrics: {
          $ref: '#/$defs/metrics',
        },
        remediation: {
          type: 'array',
          items: {
            $ref: '#/$defs/remediationResult',
          },
        },
        remediationPlan: {
          type: 'array',
          items: {
            $ref: '#/$defs/remediationAction',
          },
        },
      },
    },
    policyDiff: {
      type: 'object',
      required: ['added', 'silenced', 'regraded', 'unchanged'],
      properties: {
        added: {
          type: 'array',
          items: {
            $ref: '#/$defs/finding',
          },
        },
        silenced: {
          type: 'array',
          items: {
            $ref: '#/$defs/finding',
          },
        },
        regraded: {
          type: 'array',
          items: {
            type: 'object',
            required: ['finding', 'from', 'to'],
            properties: {
              finding: {
                $ref: '#/$defs/finding',
              },
              from: {
                $ref: '#/$defs/severity',
              },
              to: {
                $ref: '#/$defs/severity',
              },
            },
          },
        },
        unchanged: {
          type: 'integer',
          minimum: 0,
        },
      },
    },
    plans: {
      type: 'object',
      properties: {
        checkRun: {
          type: 'object',
          required: ['name', 'headSha', 'conclusion', 'output', 'annotations'],
        },
        issues: {
          type: 'object',
          required: ['managedLabel', 'labels', 'actions', 'unchanged'],
          properties: {
            actions: {
              type: 'array',
              items: {
                type: 'object',
                required: ['kind', 'key'],
                properties: {
                  kind: {
                    enum: ['create', 'update', 'reopen', 'close'],
                  },
                  key: {
                    type: 'string',
                  },
                },
              },
            },
            unchanged: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
          },
        },
        remediation: {
          type: 'array',
          items: {
            $ref: '#/$defs/remediationAction',
          },
        },
      },
    },
  },
};
