// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`). Rules come from
// the catalogue (help = remedy), results carry the finding's fingerprint as a partial
// fingerprint so code scanning tracks an alert across runs exactly as our state does.
//
// Locations: code scanning rejects a result without a location, but most findings are about the
// organization (a token, a deploy key), not a line of code. Where the finding has a place in a
// policy file (policy errors, exemptions) that place is used; otherwise the result points at
// line 1 of the first policy file (the file that governs the rule), or `.github` when no policy
// file was read, and the resource itself goes in a logical location.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding, Severity, SourceLocation } from '../model.js';
import { RULES } from '../rules/catalogue.js';
import type { Report } from './report.js';
import { plainText } from './text.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/offboarding-sentinel/offboarding-sentinel';

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium' || severity === 'low') return 'warning';
  return 'note';
}

/** GitHub maps security-severity to its own levels: ≥9 critical, ≥7 high, ≥4 medium, else low. */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

export interface SarifOptions {
  /** The action's version (`semanticVersion`). */
  version?: string;
  /** Absolute paths are made relative to it, as code scanning wants repository-relative URIs. */
  workspace?: string;
}

function repoRelative(file: string, workspace: string | undefined): string {
  const relative = workspace && path.isAbsolute(file) ? path.relative(workspace, file) : file;
  return relative.split(path.sep).join('/');
}

function physicalLocation(location: SourceLocation, workspace: string | undefined) {
  const endLine = Math.max(location.line, location.endLine ?? location.line);
  return {
    artifactLocation: { uri: repoRelative(location.path, workspace), uriBaseId: '%SRCROOT%' },
    region: {
      startLine: Math.max(1, location.line),
      startColumn: Math.max(1, location.column),
      ...(location.endLine !== undefined ? { endLine } : {}),
      ...(location.endColumn !== undefined && endLine === location.line
        ? { endColumn: Math.max(location.column, location.endColumn) }
        : {}),
    },
  };
}

function resultFor(finding: Finding, fallbackUri: string, ruleIndex: number, options: SarifOptions) {
  const physical = finding.location
    ? physicalLocation(finding.location, options.workspace)
    : { artifactLocation: { uri: fallbackUri, uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } };
  const subject = finding.subject === null ? '' : ` Subject: ${plainText(finding.subject, 100)}.`;
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: sarifLevel(finding.severity),
    message: {
      text: `${plainText(finding.message, 1000)}${subject} Resource: ${plainText(finding.resource, 300)}.`,
    },
    partialFingerprints: { 'offboardingSentinel/v1': finding.fingerprint },
    locations: [
      {
        physicalLocation: physical,
        logicalLocations: [{ fullyQualifiedName: plainText(finding.resource, 300), kind: 'resource' }],
      },
    ],
    properties: { severity: finding.severity, resource: finding.resource, subject: finding.subject },
  };
}

export function buildSarif(report: Report, options: SarifOptions = {}) {
  const fallbackUri =
    report.policy.sources.length > 0 ? repoRelative(report.policy.sources[0], options.workspace) : '.github';
  const rules = RULES.map((rule) => ({
    id: rule.name,
    name: rule.name
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(''),
    shortDescription: { text: `${rule.name}: ${rule.firesWhen}`.slice(0, 1000) },
    fullDescription: { text: `Fires when ${rule.firesWhen}.` },
    help: { text: rule.remedy, markdown: `**Fires when** ${rule.firesWhen}.\n\n**Remedy:** ${rule.remedy}` },
    helpUri: `${INFORMATION_URI}#${rule.name}`,
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    properties: {
      tags: ['security', 'access', ...rule.modes.map((mode) => `mode:${mode}`)],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.defaultSeverity],
    },
  }));
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.name as string, index]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'Offboarding Sentinel',
            informationUri: INFORMATION_URI,
            semanticVersion: options.version ?? '0.1.0',
            rules,
          },
        },
        automationDetails: { id: `offboarding-sentinel/${report.mode}/` },
        originalUriBaseIds: {
          '%SRCROOT%': { description: { text: 'The repository that runs the action.' } },
        },
        results: report.findings.map((finding) =>
          resultFor(finding, fallbackUri, ruleIndex.get(finding.rule) ?? 0, options),
        ),
        columnKind: 'utf16CodeUnits' as const,
      },
    ],
  };
}

/** Writes `offboarding-sentinel.sarif` into `dir` and returns its path. */
export async function writeSarif(report: Report, dir: string, options: SarifOptions = {}): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'offboarding-sentinel.sarif');
  await writeFile(file, `${JSON.stringify(buildSarif(report, options), null, 2)}\n`, 'utf8');
  return file;
}
