// A cancelled or timed-out job gets SIGINT, then SIGTERM, then is killed. Node would exit at
// once and leave no report; instead the report of what was done so far is written, marked as
// stopped, synchronously (nothing asynchronous runs after the signal), and the process exits.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_FILE, type Report } from '../reporters/report.js';

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** What to write on a stop: the report so far (or a stopped run's), and where. */
export type StopReport = () => { report: Report; outDir: string } | null;

/** Installs the handlers; returns a function that removes them. */
export function watchStopSignals(stopReport: StopReport, onWritten: (path: string | null, signal: string) => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    let path: string | null = null;
    try {
      const target = stopReport();
      if (target) {
        mkdirSync(target.outDir, { recursive: true });
        path = join(target.outDir, REPORT_FILE);
        writeFileSync(path, `${JSON.stringify(target.report, null, 2)}\n`, 'utf8');
      }
    } finally {
      onWritten(path, signal);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
  };
  for (const signal of STOP_SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of STOP_SIGNALS) process.off(signal, handler);
  };
}
