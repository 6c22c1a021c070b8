// The state in a local folder, for the CLI and the demo (no GitHub writes needed). A missing
// file is "absent"; any other failure, or a file that is not a version-1 state, is
// "unreadable", and then the file is never written over (the run's state goes beside it).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { keepStateAside } from './keep-aside.js';
import type { RunState, StateRead, StateStore, StoreStatus, Warn } from './types.js';
import { parseRunState } from './types.js';

export class LocalDirStateStore implements StateStore {
  private readonly file: string;
  private last: StoreStatus;

  constructor(
    private readonly dir: string,
    private readonly warn: Warn = core.warning,
    /** Where the run's state goes when it must not replace the stored file; default: the folder itself. */
    private readonly keepDir: string = path.join(dir, 'kept'),
  ) {
    this.file = path.join(dir, 'state.json');
    this.last = { status: 'absent', where: this.file };
  }

  status(): StoreStatus {
    return { ...this.last };
  }

  async read(): Promise<RunState | null> {
    const read = await this.load();
    return read.status === 'read' ? read.state : null;
  }

  async load(): Promise<StateRead> {
    const read = await this.loadFile();
    this.last =
      read.status === 'unreadable'
        ? { status: 'unreadable', where: this.file, reason: read.reason }
        : { status: read.status, where: this.file };
    if (read.status === 'unreadable') {
      this.warn(
        `Could not read the state ${this.file} (${read.reason}); this run continues without history and will not write over it. Repair or delete the file to let the next run store its history.`,
      );
    }
    return read;
  }

  private async loadFile(): Promise<StateRead> {
    let json: string;
    try {
      json = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'absent' };
      return { status: 'unreadable', reason: (error as Error).message };
    }
    const state = parseRunState(json);
    return state ? { status: 'read', state } : { status: 'unreadable', reason: 'the file is not a version-1 state' };
  }

  async write(state: RunState): Promise<void> {
    if (this.last.status === 'unreadable') {
      const kept = await keepStateAside(this.keepDir, state).catch(() => null);
      if (kept) this.last = { ...this.last, keptAt: kept };
      this.warn(`The state ${this.file} could not be read, so it is not written over.${kept ? ` This run's state is kept in ${kept}.` : ''}`);
      return;
    }
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
