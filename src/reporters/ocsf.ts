// OCSF 1.8.0 Detection Finding events (class 2004) for Amazon Security Lake and other OCSF
// consumers, one event per finding, one per line. The mapping:
//   finding_info.uid      the finding's fingerprint (stable across runs: the consumer's key)
//   activity_id           1 Create when the fingerprint is new in this run, 2 Update when it was
//                         seen before; 1 without stored history (nothing is known to be old)
//   severity_id           info 1, low 2, medium 3, high 4, critical 5
//   resources[0]          the resource (its identifier as uid, its kind as type), role Target
//   resources[1]          the subject, when there is one, as a GitHub account, role Related
//   remediation.desc      the rule's remedy from the catalogue
//   unmapped              the organization, rule and evidence, which OCSF has no field for
// Coverage gaps are findings already (`audit-coverage-gap`), so they arrive as events too.
// The tests validate every event against the class definition vendored in schema/ocsf/1.8.0.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding, Severity } from '../model.js';
import { ruleSpec } from '../rules/catalogue.js';
import { VERSION } from '../version.js';
import { renderJsonl } from './jsonl.js';
import type { Report } from './report.js';

export const OCSF_VERSION = '1.8.0';
export const OCSF_FILE = 'offboarding-sentinel.ocsf.jsonl';

const CATEGORY = { uid: 2, name: 'Findings' } as const;
const CLASS = { uid: 2004, name: 'Detection Finding' } as const;

const SEVERITY: Record<Severity, { id: number; caption: string }> = {
  info: { id: 1, caption: 'Informational' },
  low: { id: 2, caption: 'Low' },
  medium: { id: 3, caption: 'Medium' },
  high: { id: 4, caption: 'High' },
  critical: { id: 5, caption: 'Critical' },
};

const ACTIVITY = { create: { id: 1, caption: 'Create' }, update: { id: 2, caption: 'Update' } } as const;

/** `deploy-key:acme/api/4021` → `deploy-key`: the kind of resource, for `resources[].type`. */
function resourceKind(resource: string): string {
  const colon = resource.indexOf(':');
  return colon > 0 ? resource.slice(0, colon) : 'unknown';
}

export interface OcsfDetectionFinding {
  activity_id: number;
  activity_name: string;
  category_uid: number;
  category_name: string;
  class_uid: number;
  class_name: string;
  type_uid: number;
  type_name: string;
  severity_id: number;
  severity: string;
  status_id: number;
  status: string;
  time: number;
  message: string;
  is_alert: boolean;
  metadata: {
    version: string;
    uid: string;
    log_name: string;
    tenant_uid: string;
    product: { name: string; vendor_name: string; version: string; uid: string };
  };
  finding_info: { uid: string; title: string; desc: string; types: string[]; created_time: number };
  resources: { uid: string; name: string; type: string; role_id: number; role: string }[];
  remediation: { desc: string };
  unmapped: { organization: string; mode: string; rule: string; subject: string | null; evidence: Record<string, unknown> };
}

export function ocsfEvent(finding: Finding, report: Report, fresh: ReadonlySet<string> | null): OcsfDetectionFinding {
  const time = new Date(report.generatedAt).getTime();
  const activity = fresh && !fresh.has(finding.fingerprint) ? ACTIVITY.update : ACTIVITY.create;
  const severity = SEVERITY[finding.severity];
  const resources: OcsfDetectionFinding['resources'] = [
    { uid: finding.resource, name: finding.resource, type: resourceKind(finding.resource), role_id: 1, role: 'Target' },
  ];
  if (finding.subject !== null) {
    resources.push({ uid: finding.subject, name: finding.subject, type: 'github-account', role_id: 4, role: 'Related' });
  }
  return {
    activity_id: activity.id,
    activity_name: activity.caption,
    category_uid: CATEGORY.uid,
    category_name: CATEGORY.name,
    class_uid: CLASS.uid,
    class_name: CLASS.name,
    type_uid: CLASS.uid * 100 + activity.id,
    type_name: `${CLASS.name}: ${activity.caption}`,
    severity_id: severity.id,
    severity: severity.caption,
    status_id: 1,
    status: 'New',
    time,
    message: finding.message,
    is_alert: true,
    metadata: {
      version: OCSF_VERSION,
      // One event per finding per run: the run's time tells two runs' events apart.
      uid: `${finding.fingerprint}:${time}`,
      log_name: `offboarding-sentinel:${report.mode}`,
      tenant_uid: report.organization,
      product: { name: 'Offboarding Sentinel', vendor_name: 'Offboarding Sentinel', version: VERSION, uid: 'offboarding-sentinel' },
    },
    finding_info: {
      uid: finding.fingerprint,
      title: finding.rule,
      desc: `${ruleSpec(finding.rule).firesWhen}.`,
      types: [finding.rule],
      created_time: time,
    },
    resources,
    remediation: { desc: ruleSpec(finding.rule).remedy },
    unmapped: {
      organization: report.organization,
      mode: report.mode,
      rule: finding.rule,
      subject: finding.subject,
      evidence: finding.evidence,
    },
  };
}

export function ocsfEvents(report: Report): OcsfDetectionFinding[] {
  const fresh = report.changes ? new Set(report.changes.new) : null;
  return report.findings.map((finding) => ocsfEvent(finding, report, fresh));
}

export async function writeOcsf(report: Report, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, OCSF_FILE);
  await writeFile(file, renderJsonl(ocsfEvents(report)), 'utf8');
  return file;
}
