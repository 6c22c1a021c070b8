// The `reports` input of `mode: merge`: a folder (every `*.json` under it) or a glob, inside
// the workspace. Each file is read with the report reader (validated against the report's
// schema); one that is not a report becomes an unreadable report (a coverage gap of the merge),
// never silently skipped.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { parseReport } from '../reporters/read-report.js';
import type { ReadReport, UnreadableReport } from './merge-reports.js';

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

/** `patterns`: one folder or glob a line (the CLI's several arguments); each file read once. */
export async function readReports(workspace: string, patterns: string): Promise<ReadReports> {
  const result: ReadReports = { reports: [], unreadable: [] };
  const lines = patterns.split('\n').map((line) => line.trim()).filter(Boolean);
  const files = new Set<string>();
  for (const pattern of lines) for (const file of await reportFiles(workspace, pattern)) files.add(file);
  for (const source of [...files].sort()) {
    try {
      // The report reader validates against the report's schema: a foreign file is refused whole.
      result.reports.push({ source, report: parseReport(await readFile(resolve(workspace, source), 'utf8'), source) });
    } catch (error) {
      result.unreadable.push({ source, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
