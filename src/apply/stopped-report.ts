// The report of a run that stopped before it could publish: refused inputs, an error that
// escaped every stage, a cancelled or timed-out job. The contract says `report-path` is always
// written; this one says what stopped the run, in which mode, and claims nothing — no finding,
// and coverage incomplete, because nothing (or not everything) was read.
import type { Mode } from '../model.js';
import { MODES } from '../model.js';
import { buildReport, writeJsonReport, type Report, type RunStop } from '../reporters/report.js';

export interface StoppedRun {
  organization: string;
  /** As asked for; an invalid mode is reported as `audit` (the default) and the error names it. */
  mode: string;
  outDir: string;
  generatedAt: string;
  durationMs: number;
  stop: RunStop;
}

export function stoppedReport(run: StoppedRun): Report {
  const mode: Mode = (MODES as readonly string[]).includes(run.mode) ? (run.mode as Mode) : 'audit';
  const report = buildReport({
    organization: run.organization,
    mode,
    generatedAt: run.generatedAt,
    findings: [],
    gaps: [{ resource: `org:${run.organization}`, reason: `not read: the run stopped (${run.stop.kind}) before reading the organization` }],
    stats: { durationMs: run.durationMs },
  });
  return { ...report, stopped: run.stop };
}

/** Writes the stopped run's report where the normal one would be; returns its path. */
export async function writeStoppedReport(run: StoppedRun): Promise<string> {
  return writeJsonReport(stoppedReport(run), run.outDir);
}
