// Loading from a real temporary workspace: order, safety limits, and "could not read" ≠ "nothing".
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { formatPolicyError, loadPolicy } from '../../../src/policy/index.js';

let root: string;
let workspace: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'policy-load-'));
  workspace = join(root, 'workspace');
  await mkdir(join(workspace, 'policies'), { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const write = (relative: string, text: string) => writeFile(join(workspace, relative), text);

describe('loadPolicy', () => {
  it('reads *.yml and *.yaml directly under the folder, in name order, nothing else', async () => {
    await write('policies/b.yaml', 'version: 1\nservice-accounts: [b-bot]\n');
    await write('policies/a.yml', 'version: 1\nservice-accounts: [a-bot]\n');
    await write('policies/README.md', '# not a policy\n');
    await write('policies/notes.txt', 'version: 2\n');
    await mkdir(join(workspace, 'policies/nested'));
    await write('policies/nested/c.yml', 'version: 1\nservice-accounts: [c-bot]\n');
    await mkdir(join(workspace, 'policies/folder.yml'));
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.policy.sources).toEqual(['policies/a.yml', 'policies/b.yaml']);
    expect(loaded.policy.serviceAccounts).toEqual(['a-bot', 'b-bot']);
  });

  it('a missing folder means defaults, with a warning', async () => {
    const loaded = await loadPolicy({ workspace, policyPath: 'missing' });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings.map(formatPolicyError)).toEqual([
      'missing:1:1: no policy folder `missing`; the default policy applies',
    ]);
    expect(loaded.policy.rules['stale-member'].thresholds['inactive-days']).toBe(90);
  });

  it('an empty folder means defaults, with a warning', async () => {
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings.map(formatPolicyError)).toEqual([
      'policies:1:1: no *.yml or *.yaml files in `policies`; the default policy applies',
    ]);
  });

  it('refuses a policy-path outside the workspace', async () => {
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere/x.yml'), 'version: 1\n');
    const loaded = await loadPolicy({ workspace, policyPath: '../elsewhere' });
    expect(loaded.errors.map(formatPolicyError)).toEqual([
      '../elsewhere:1:1: policy-path `../elsewhere` is outside the workspace',
    ]);
    expect(loaded.policy.sources).toEqual([]);
  });

  it('refuses a policy folder that is a symlink leaving the workspace', async () => {
    await mkdir(join(root, 'elsewhere'));
    await writeFile(join(root, 'elsewhere/x.yml'), 'version: 1\n');
    await symlink(join(root, 'elsewhere'), join(workspace, 'linked'));
    const loaded = await loadPolicy({ workspace, policyPath: 'linked' });
    expect(loaded.errors.map(formatPolicyError)).toEqual([
      'linked:1:1: policy folder `linked` resolves outside the workspace',
    ]);
  });

  it('refuses a file symlink resolving outside the workspace, follows one inside it', async () => {
    await writeFile(join(root, 'secret.yml'), 'version: 1\nservice-accounts: [outside]\n');
    await symlink(join(root, 'secret.yml'), join(workspace, 'policies/a.yml'));
    await write('shared.yml', 'version: 1\nservice-accounts: [inside]\n');
    await symlink(join(workspace, 'shared.yml'), join(workspace, 'policies/b.yml'));
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors.map(formatPolicyError)).toEqual([
      'policies/a.yml:1:1: refused: `policies/a.yml` is a symlink that resolves outside the workspace',
    ]);
    expect(loaded.policy.serviceAccounts).toEqual(['inside']);
  });

  it('refuses a file over 256 KiB; a file at the limit is read', async () => {
    const header = 'version: 1\n';
    await write('policies/big.yml', `${header}#${'x'.repeat(256 * 1024 - header.length - 1)}\n`);
    await write('policies/limit.yml', `${header}#${'x'.repeat(256 * 1024 - header.length - 2)}\n`);
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors.map(formatPolicyError)).toEqual([
      'policies/big.yml:1:1: policy file `policies/big.yml` is 262145 bytes, over the 262144-byte limit',
    ]);
    expect(loaded.policy.sources).toEqual(['policies/limit.yml']);
  });

  it('reports an unreadable file as an error, not as an empty policy', async () => {
    await symlink(join(workspace, 'policies/gone.yml'), join(workspace, 'policies/dangling.yml'));
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors.map(formatPolicyError)).toEqual([
      'policies/dangling.yml:1:1: policy file `policies/dangling.yml` could not be read (ENOENT)',
    ]);
  });

  it('errors in one file are reported with the path relative to the workspace; valid files still apply', async () => {
    await write('policies/a.yml', 'version: 1\nrules:\n  stale-member: { inactive-days: 30 }\n');
    await write('policies/b.yml', 'version: 1\nrules:\n  stale-token: { unused-dys: 30 }\n');
    const loaded = await loadPolicy({ workspace, policyPath: './policies/' });
    expect(loaded.errors.map(formatPolicyError)).toEqual([
      'policies/b.yml:3:18: unknown key `unused-dys` in rules.stale-token — did you mean `unused-days`?',
    ]);
    expect(loaded.policy.rules['stale-member'].thresholds['inactive-days']).toBe(30);
  });
});
