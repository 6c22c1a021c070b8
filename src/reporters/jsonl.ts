// JSON Lines for a SIEM: one self-contained JSON object per finding and per coverage gap, each
// carrying the run's organization, mode and time, so a line means something on its own after a
// log pipeline (Splunk HEC raw, Datadog, Elastic's ndjson input) has split the file. The shape
// is versioned by `schema/jsonl-record.v1.schema.json`; a change that breaks a consumer's
// parser bumps `schemaVersion` and the file name of the schema.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CoverageGap, Finding, Mode } from '../model.js';
import { VERSION } from '../version.js';
import type { Report } from './report.js';

export const JSONL_SCHEMA_VERSION = 1;
export const JSONL_FILE = 'offboarding-sentinel.jsonl';

interface RecordBase {
  schemaVersion: typeof JSONL_SCHEMA_VERSION;
  /** When the run produced the record (the report's `generatedAt`); SIEMs index on it. */
  timestamp: string;
  source: 'offboarding-sentinel';
  sourceVersion: string;
  organization: string;
  mode: Mode;
}

export interface FindingRecord
  extends RecordBase,
    Pick<Finding, 'rule' | 'severity' | 'subject' | 'resource' | 'fingerprint' | 'message' | 'evidence'> {
  kind: 'finding';
  /** Whether the fingerprint first appeared in this run; null without stored history. */
  new: boolean | null;
}

export interface GapRecord extends RecordBase {
  kind: 'coverage-gap';
  resource: string;
  reason: string;
}

export type JsonlRecord = FindingRecord | GapRecord;

export function jsonlRecords(report: Report): JsonlRecord[] {
  const base: RecordBase = {
    schemaVersion: JSONL_SCHEMA_VERSION,
    timestamp: report.generatedAt,
    source: 'offboarding-sentinel',
    sourceVersion: VERSION,
    organization: report.organization,
    mode: report.mode,
  };
  const fresh = report.changes ? new Set(report.changes.new) : null;
  const findings = report.findings.map(
    (finding): FindingRecord => ({
      ...base,
      kind: 'finding',
      rule: finding.rule,
      severity: finding.severity,
      subject: finding.subject,
      resource: finding.resource,
      fingerprint: finding.fingerprint,
      message: finding.message,
      evidence: finding.evidence,
      new: fresh ? fresh.has(finding.fingerprint) : null,
    }),
  );
  const gaps = report.coverage.gaps.map(
    (gap: CoverageGap): GapRecord => ({ ...base, kind: 'coverage-gap', resource: gap.resource, reason: gap.reason }),
  );
  return [...findings, ...gaps];
}

/** One record per line; JSON.stringify escapes every line break inside a value. */
export function renderJsonl(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

export async function writeJsonl(report: Report, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, JSONL_FILE);
  await writeFile(file, renderJsonl(jsonlRecords(report)), 'utf8');
  return file;
}
