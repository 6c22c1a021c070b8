// The command line: parse the arguments, find the token, run the same pipeline as the action
// with the CLI host, then print the findings table on stdout (progress and logs went to
// stderr) and exit 0 or 1 by --fail-on, 2 for wrong usage.
import { CommanderError } from 'commander';
import path from 'node:path';
import type { Env } from '../inputs.js';
import { clockFrom } from '../run-context.js';
import { EXIT } from './exit-codes.js';
import { buildProgram, type CliCommand } from './program.js';
import type { GhAuthToken } from './token.js';
import { validatePolicy } from './validate.js';

export interface CliIo {
  argv: string[];
  env: Env;
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  gh?: GhAuthToken;
}

function parse(argv: string[], io: CliIo): { command: CliCommand | null; exitCode: number } {
  let parsed: CliCommand | null = null;
  const program = buildProgram((command) => (parsed = command));
  program.configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // `--help` and `--version` succeed; help shown because a command is missing is a usage error.
      const shown = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return { command: null, exitCode: shown ? EXIT.ok : EXIT.usage };
    }
    throw error;
  }
  if (!parsed) {
    // No subcommand: show the help, as `git` does.
    io.stderr.write(program.helpInformation());
    return { command: null, exitCode: EXIT.usage };
  }
  return { command: parsed, exitCode: EXIT.ok };
}

export async function runCli(io: CliIo): Promise<number> {
  const { command, exitCode } = parse(io.argv, io);
  if (!command) return exitCode;
  const out = path.resolve(io.cwd, command.out);

  if (command.command === 'validate') {
    const result = await validatePolicy({ workspace: io.cwd, policyPath: command.policyPath, out, now: clockFrom(io.env).now() });
    for (const line of result.lines) io.stdout.write(`${line}\n`);
    return result.exitCode;
  }

  // Loaded only here, so that `validate` does not load the GitHub client and the collectors.
  const { runPipelineCommand } = await import('./run-command.js');
  return runPipelineCommand(command, io, out);
}
