// Files that are not regular files are refused by type before anything opens them: opening a
// FIFO for reading would block until a writer appears (the run used to hang with no report).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { formatPolicyError, loadPolicy } from '../../../src/policy/index.js';

let root: string;
let workspace: string;
let server: Server | null = null;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'policy-special-'));
  workspace = join(root, 'workspace');
  await mkdir(join(workspace, 'policies'), { recursive: true });
  await writeFile(join(workspace, 'policies/a.yml'), 'version: 1\nservice-accounts: [a-bot]\n');
});

afterEach(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = null;
  await rm(root, { recursive: true, force: true });
});

describe('non-regular files in the policy folder', () => {
  it('refuses a FIFO by type, without opening it (no hang), and still reads the regular files', async () => {
    execFileSync('mkfifo', [join(workspace, 'policies/fifo.yml')]);
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors.map(formatPolicyError)).toEqual([
      'policies/fifo.yml:1:1: refused: `policies/fifo.yml` is a named pipe (FIFO), not a regular file',
    ]);
    expect(loaded.errors[0].fix).toMatch(/regular policy files/);
  }, 5000);

  it('refuses a symlink inside the workspace that points at a FIFO', async () => {
    execFileSync('mkfifo', [join(workspace, 'pipe')]);
    await symlink(join(workspace, 'pipe'), join(workspace, 'policies/linked.yml'));
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors.map(formatPolicyError)).toEqual([
      'policies/linked.yml:1:1: refused: `policies/linked.yml` is a named pipe (FIFO), not a regular file',
    ]);
  }, 5000);

  it('refuses a socket', async () => {
    const path = join(workspace, 'policies/socket.yml');
    server = createServer();
    await new Promise<void>((done) => server?.listen(path, done));
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors.map(formatPolicyError)).toEqual([
      'policies/socket.yml:1:1: refused: `policies/socket.yml` is a socket, not a regular file',
    ]);
  }, 5000);

  it('refuses a character device linked into the folder (a symlink to /dev/zero resolves outside)', async () => {
    await symlink('/dev/zero', join(workspace, 'policies/zero.yml'));
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors.map(formatPolicyError)[0]).toMatch(/^policies\/zero\.yml:1:1: refused: /);
  }, 5000);

  it('near miss: a regular file and a symlink to a regular file inside the workspace are read', async () => {
    await writeFile(join(workspace, 'real.yml'), 'version: 1\nservice-accounts: [b-bot]\n');
    await symlink(join(workspace, 'real.yml'), join(workspace, 'policies/b.yml'));
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors).toEqual([]);
    expect(loaded.policy.serviceAccounts).toEqual(['a-bot', 'b-bot']);
  });
});
