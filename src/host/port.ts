// The host port: everything the pipeline needs from where it runs. The Actions host
// (actions-host.ts) is one implementation; a command line is another. Nothing under src/
// except a host calls `@actions/core` for inputs, outputs, annotations, the summary or failure.
import type { GitHubClient, ResponseObserver } from '../github/types.js';
import type { Inputs } from '../inputs.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../model.js';
import type { Repo } from '../reporters/issue-sync.js';
import type { StateStore } from '../state/types.js';

/** A message at a file position (a policy error or warning), shown where the host shows them. */
export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Where the history is kept: the host decides how (a branch through the API, a local folder). */
export interface StateLocation {
  client: GitHubClient;
  repository: Repo;
  branch: string;
  organization: string;
  /** Where a run's state is kept when the stored one could not be read (never written over). */
  keepDir: string;
  warn: (message: string) => void;
}

export interface Host {
  /** The run's inputs, parsed and validated (throws InputError). */
  readInputs(): Inputs;
  /** The clock the rules use (a pinned one replays a past run). */
  readClock(): Clock;
  readonly logger: Logger & { error(message: string): void };
  /** Pause between issue and comment writes, when the host knows better than GitHub's default. */
  readonly contentCreationIntervalMs?: number;
  /** Keeps a value (the token) out of every log the host writes. */
  maskSecret(value: string): void;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  /** The job summary; a host without one does nothing (the summary is also a file beside the report). */
  writeSummary(markdown: string): Promise<void>;
  /** Marks the run failed with this message (the exit code, a failed step). */
  fail(message: string): void;
  stateStore(location: StateLocation): StateStore;
  /** Where the report and the other files go; default `$RUNNER_TEMP/offboarding-sentinel` (the CLI: `--out`). */
  outputDirectory?(inputs: Inputs): string;
  /** Sees every response from GitHub, failed ones too (the CLI's progress display reads them). */
  observeResponse?: ResponseObserver;
  /**
   * Where the report goes and what was asked for, known without parsing the inputs: so a run whose
   * inputs are refused still writes its report (with the error). Absent: no such report.
   */
  stoppedRunTarget?(): { outDir: string; organization: string; mode: string };
}
