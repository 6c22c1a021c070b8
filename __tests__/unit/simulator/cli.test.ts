// simulator/cli.ts as a person runs it: --help prints the options and exits without starting a
// server; a port in use is a clear error, not a stack trace.
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', join(root, 'simulator', 'cli.ts'), ...args], { cwd: root, timeout: 30_000 }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe('simulator/cli.ts', () => {
  it('--help prints the options and exits 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: simulator');
    expect(result.stdout).toContain('--port <port>');
    expect(result.stdout).not.toContain('GITHUB_API_URL=');
  });

  it('a port in use is one line saying so, exit 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await cli(['--port', String(port)]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(`port ${port} is in use (another simulator?): stop it, or pick another port with --port`);
    } finally {
      blocker.close();
    }
  });

  it('rejects a malformed size with the accepted forms', async () => {
    const result = await cli(['--size', 'huge']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('REPOSxPEOPLExTEAMS');
  });
});
