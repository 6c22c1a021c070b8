// `offboarding-sentinel` (bin): only runs the command line (src/cli/main.ts is importable
// without side effects, for the tests).
import { runCli } from './main.js';

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
});
