// The command line as a host of the pipeline (src/host/port.ts): inputs from the parsed
// arguments, logs and annotations on stderr (through the progress display), outputs kept for
// the caller, the state in a local folder, files in --out. Tokens are replaced by *** in
// everything it writes.
import path from 'node:path';
import { parseInputs, type Env, type RawInputs } from '../inputs.js';
import type { Host } from '../host/port.js';
import { clockFrom } from '../run-context.js';
import { LocalDirStateStore } from '../state/local-dir-store.js';
import type { ProgressEvents } from './progress.js';

export interface CliHostOptions {
  inputs: RawInputs;
  env: Env;
  outDir: string;
  stateDir: string;
  progress: ProgressEvents;
}

export interface CliHost extends Host {
  readonly outputs: Map<string, string>;
  readonly failures: string[];
}

export function cliHost(options: CliHostOptions): CliHost {
  const secrets = new Set<string>();
  const redact = (text: string) => [...secrets].reduce((clean, secret) => clean.split(secret).join('***'), text);
  const say = (line: string) => options.progress.print(redact(line));
  const outputs = new Map<string, string>();
  const failures: string[] = [];
  return {
    outputs,
    failures,
    // A merge of report files may go without a token (run-command.ts refuses the others).
    readInputs: () => parseInputs(options.inputs, options.env, undefined, { tokenOptional: true }),
    readClock: () => clockFrom(options.env),
    logger: {
      info: (message) => options.progress.log(redact(message)),
      warning: (message) => say(`warning: ${message}`),
      debug: () => undefined,
      error: (message) => say(`error: ${message}`),
    },
    maskSecret: (value) => {
      if (value) secrets.add(value);
    },
    annotate: ({ level, message, file, line, column }) =>
      say(`${file ? `${file}:${line ?? 1}:${column ?? 1}: ` : ''}${level}: ${message}`),
    setOutput: (name, value) => void outputs.set(name, value),
    // The summary is written as summary.md in --out; a terminal has no job summary.
    writeSummary: () => Promise.resolve(),
    fail: (message) => void failures.push(redact(message)),
    stateStore: ({ organization, warn }) => new LocalDirStateStore(path.join(options.stateDir, organization), warn),
    outputDirectory: () => options.outDir,
    observeResponse: (url, headers) => options.progress.response(url, headers),
  };
}
