// The `reports` input of `mode: merge`: a folder (every `*.json` under it) or a glob, inside
// the workspace. Each file is read and checked to be a report; one that is not becomes an
// unreadable report (a coverage gap of the merge), never silently skipped.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import type { MergeableReport, ReadReport, UnreadableReport } from './merge-reports.js';

export interface ReadReports {
  reports: ReadReport[];
  unreadable: UnreadableReport[];
}

/** The files the input names, workspace-relative and sorted; a folder means every JSON file in it. */
export async function reportFiles(workspace: string, pattern: string): Promise<string[]> {
  const root = resolve(workspace);
  const full = resolve(root, pattern);
  const inside = relative(root, full);
  if (inside.startsWith('..') || isAbsolute(inside))
    throw new Error(`reports: ${pattern} is outside the workspace`);
  const isFolder = await stat(full).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const files = await glob(isFolder ? [`${inside || '.'}/**/*.json`] : [inside], {
    cwd: root,
    onlyFiles: true,
    dot: false,
  });
  return files.map((file) => file.replace(/\\/g, '/')).sort();
}

/** A report is what the contract says one is; anything else is named, not guessed at. */
export function checkReport(value: unknown): MergeableReport | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const r = value as Record<string, unknown>;
  if (r.schemaVersion !== 1) return `schemaVersion is ${JSON.stringify(r.schemaVersion)}, not 1`;
  if (typeof r.organization !== 'string' || !r.organization) return 'no organization';
  if (typeof r.mode !== 'string') return 'no mode';
  if (typeof r.generatedAt !== 'string' || Number.isNaN(Date.parse(r.generatedAt)))
    return 'no generatedAt time';
  if (!Array.isArray(r.findings)) return 'no findings list';
  const coverage = r.coverage as { gaps?: unknown } | undefined;
  if (!coverage || !Array.isArray(coverage.gaps)) return 'no coverage';
  for (const finding of r.findings as unknown[]) {
    const f = finding as Record<string, unknown> | null;
    if (
      !f ||
      typeof f.rule !== 'string' ||
      typeof f.resource !== 'string' ||
      typeof f.fingerprint !== 'string' ||
      typeof f.severity !== 'string'
    ) {
      return 'a finding without rule, severity, resource or fingerprint';
    }
  }
  return value as MergeableReport;
}

export async function readReports(workspace: string, pattern: string): Promise<ReadReports> {
  const result: ReadReports = { reports: [], unreadable: [] };
  for (const source of await reportFiles(workspace, pattern)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(resolve(workspace, source), 'utf8'));
    } catch (error) {
      result.unreadable.push({
        source,
        reason: `not JSON (${error instanceof Error ? error.message : String(error)})`,
      });
      continue;
    }
    const checked = checkReport(parsed);
    if (typeof checked === 'string') result.unreadable.push({ source, reason: checked });
    else result.reports.push({ source, report: checked });
  }
  return result;
}
