// The state in a local folder, for the CLI and the demo (no GitHub writes needed).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { RunState, StateStore, Warn } from './types.js';
import { parseRunState } from './types.js';

export class LocalDirStateStore implements StateStore {
  private readonly file: string;

  constructor(
    private readonly dir: string,
    private readonly warn: Warn = core.warning,
  ) {
    this.file = path.join(dir, 'state.json');
  }

  async read(): Promise<RunState | null> {
    let json: string;
    try {
      json = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.warn(
          `Could not read the state ${this.file}: ${(error as Error).message}; continuing without history.`,
        );
      }
      return null;
    }
    const state = parseRunState(json);
    if (!state) this.warn(`The state ${this.file} is not a version-1 state; continuing without history.`);
    return state;
  }

  async write(state: RunState): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      // Write then rename, so an interrupted run never leaves half a file for the next one.
      const temporary = `${this.file}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
      await rename(temporary, this.file);
    } catch (error) {
      this.warn(`Could not write the state ${this.file}: ${(error as Error).message}; history not updated.`);
    }
  }
}
