// A run's state that must not replace the stored one (the stored one could not be read, or the
// write failed) is kept as a file in the run's output folder, where a workflow can upload it as
// an artifact and a person can merge it back by hand.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RunState } from './types.js';

export const KEPT_STATE_FILE = 'offboarding-sentinel-state.json';

/** Where `keepStateAside` writes in `dir`. */
export function keepPathIn(dir: string): string {
  return path.join(dir, KEPT_STATE_FILE);
}

/** Writes the state into `dir` and returns the file's path. */
export async function keepStateAside(dir: string, state: RunState): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = keepPathIn(dir);
  await writeFile(file, `${JSON.stringify(state)}\n`, 'utf8');
  return file;
}
