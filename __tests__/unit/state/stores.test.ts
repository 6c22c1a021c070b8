import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitHubClient } from '../../../src/github/types.js';
import { ContentsApiStateStore } from '../../../src/state/contents-api-store.js';
import { nextState } from '../../../src/state/history.js';
import { LocalDirStateStore } from '../../../src/state/local-dir-store.js';
import type { RunState } from '../../../src/state/types.js';
import type { Simulator } from '../../../simulator/index.js';
import { finding } from '../reporters/fixtures.js';
import { OWNER, REPO, simulatedGitHub } from '../reporters/simulated-github.js';

const state = (at: string): RunState =>
  nextState(null, [finding()], at, { mode: 'audit', etags: { 'GET /x': 'W/"1"' } });

describe('LocalDirStateStore', () => {
  it('round-trips the state and reads nothing from an empty folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'state-'));
    const store = new LocalDirStateStore(path.join(dir, 'nested'), () => undefined);
    expect(await store.read()).toBeNull();
    await store.write(state('day1'));
    expect(await store.read()).toEqual(state('day1'));
  });

  it('warns and returns null for a file that is not a version-1 state', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'state-'));
    await writeFile(path.join(dir, 'state.json'), '{"v":2}');
    const warnings: string[] = [];
    expect(await new LocalDirStateStore(dir, (m) => warnings.push(m)).read()).toBeNull();
    expect(warnings).toHaveLength(1);
  });
});

describe('ContentsApiStateStore against the simulator', () => {
  let sim: Simulator;
  let client: GitHubClient;
  const warnings: string[] = [];
  const store = () =>
    new ContentsApiStateStore(client, { owner: OWNER, repo: REPO, warn: (m) => warnings.push(m) });

  beforeEach(async () => {
    ({ sim, client } = await simulatedGitHub());
    warnings.length = 0;
  });
  afterEach(async () => {
    await sim.close();
  });

  it('creates the state branch from the default branch, then round-trips', async () => {
    const first = store();
    expect(await first.read()).toBeNull();
    await first.write(state('day1'));
    const branch = sim.scenario.org.branches.find((b) => b.name === 'offboarding-sentinel-state');
    expect(branch?.files['state.json']).toBeDefined();
    expect(await store().read()).toEqual(state('day1'));
    // A second write on the same store updates the file with the sha it got back.
    await first.write(state('day2'));
    expect(await store().read()).toEqual(state('day2'));
    expect(warnings).toEqual([]);
  });

  it('re-reads and retries once when a concurrent run wrote first (409)', async () => {
    await store().write(state('day1'));
    const slow = store();
    await slow.read();
    await store().write(state('day2-other-run'));
    const putsBefore = sim.log.filter((e) => e.method === 'PUT').length;
    await slow.write(state('day2'));
    const puts = sim.log.filter((e) => e.method === 'PUT').slice(putsBefore);
    expect(puts.map((e) => e.status)).toEqual([409, 200]);
    expect(await store().read()).toEqual(state('day2'));
    expect(warnings).toEqual([]);
  });

  it('degrades to warnings when it may not read or write', async () => {
    sim.switches.denials.push({ match: /contents|git\/ref/ });
    expect(await store().read()).toBeNull();
    await expect(store().write(state('day1'))).resolves.toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/Could not read the state[\s\S]*Could not write the state/);
    expect(warnings.join('\n')).not.toContain(sim.token);
  });

  it('warns about a file that is not a version-1 state and continues without history', async () => {
    await client.rest.request('PUT /repos/{owner}/{repo}/contents/{path}', {
      owner: OWNER,
      repo: REPO,
      path: 'state.json',
      message: 'x',
      content: Buffer.from('not json').toString('base64'),
    });
    // On the default branch only: the state branch does not exist yet, so nothing is read.
    expect(await store().read()).toBeNull();
    const onMain = new ContentsApiStateStore(client, {
      owner: OWNER,
      repo: REPO,
      branch: 'main',
      warn: (m) => warnings.push(m),
    });
    expect(await onMain.read()).toBeNull();
    expect(warnings).toEqual([expect.stringContaining('not a version-1 state')]);
  });
});
