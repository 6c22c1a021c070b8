// simulator/cli.ts as a person runs it: --help prints the options and exits without starting a
// server; a port in use is a clear error, not a stack trace.
import { describe, expect, it } from '@jest/globals';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadPolicy } from '../../../src/policy/index.js';

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

  it('--write-policy writes a valid policy with the scenario\'s exemption, and the try line uses it', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'sim-policy-'));
    const policyDir = join(workspace, 'demo-policy');
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'simulator', 'cli.ts'), '--port', '0', '--write-policy', policyDir], { cwd: root });
    let stdout = '';
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('Ctrl-C stops it.')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
    } finally {
      child.kill('SIGTERM');
    }
    expect(stdout.split('\n').find((line) => line.startsWith('try: '))).toMatch(new RegExp(` --repo acme/offboarding-ops --policy ${policyDir}$`));
    expect(readdirSync(policyDir).sort()).toEqual(['offboarding-sentinel.yml', 'zz-simulated-organization.yml']);
    const loaded = await loadPolicy({ workspace, policyPath: 'demo-policy' });
    expect(loaded.errors).toEqual([]);
    expect(loaded.policy.exemptions.length).toBeGreaterThan(0);
  });

  it('rejects a malformed size with the accepted forms', async () => {
    const result = await cli(['--size', 'huge']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('REPOSxPEOPLExTEAMS');
  });
});
