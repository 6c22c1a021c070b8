import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EtagCache } from '../../../src/github/etag-cache.js';
import type { GitHubClient } from '../../../src/github/types.js';
import { ContentsApiStateStore } from '../../../src/state/contents-api-store.js';
import { nextState } from '../../../src/state/history.js';
import { LocalDirStateStore } from '../../../src/state/local-dir-store.js';
import type { RunState } from '../../../src/state/types.js';
import type { AuditEvent } from '../../../src/model.js';
import { packAuditLog, unpackAuditLog } from '../../../src/coverage/audit-log-record.js';
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

  it('warns about a file that is not a version-1 state and does not write over it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'state-'));
    await writeFile(path.join(dir, 'state.json'), '{"v":2}');
    const warnings: string[] = [];
    const store = new LocalDirStateStore(dir, (m) => warnings.push(m));
    expect(await store.read()).toBeNull();
    expect(warnings).toHaveLength(1);
    await store.write(state('day1'));
    expect(await readFile(path.join(dir, 'state.json'), 'utf8')).toBe('{"v":2}');
    expect(store.status()).toMatchObject({ status: 'unreadable', keptAt: path.join(dir, 'kept', 'offboarding-sentinel-state.json') });
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

  it('on a 409, re-reads the other run\'s state and merges it: both runs are kept', async () => {
    await store().write(state('day1'));
    const slow = store();
    const base = await slow.read();
    const other = store();
    await other.read();
    await other.write(nextState(base, [finding()], 'day2-other-run', { mode: 'audit', id: 'other' }));
    const putsBefore = sim.log.filter((e) => e.method === 'PUT').length;
    await slow.write(nextState(base, [finding(), finding({ resource: 'deploy-key:acme/web/7' })], 'day2', { mode: 'audit', id: 'slow' }));
    const puts = sim.log.filter((e) => e.method === 'PUT').slice(putsBefore);
    expect(puts.map((e) => e.status)).toEqual([409, 200]);
    const merged = await store().read();
    expect(merged?.runs.map((run) => run.at)).toEqual(['day1', 'day2', 'day2-other-run']);
    const first = merged?.fingerprints[finding().fingerprint];
    expect(first).toMatchObject({ firstSeen: 'day1', lastSeen: 'day2-other-run' });
    expect(merged?.fingerprints[finding({ resource: 'deploy-key:acme/web/7' }).fingerprint]).toMatchObject({ firstSeen: 'day2' });
    expect(warnings).toEqual([]);
  });

  it('tells an unreadable state (a 502) from an absent one and never writes over it', async () => {
    await store().write(state('day1'));
    await store().write(nextState(await store().read(), [finding()], 'day2', { mode: 'audit' }));
    const keepDir = await mkdtemp(path.join(tmpdir(), 'kept-'));
    sim.switches.faults = { remaining: 1, status: 502, drop: false, match: /contents\/state\.json/ };
    const unlucky = new ContentsApiStateStore(client, { owner: OWNER, repo: REPO, keepDir, warn: (m) => warnings.push(m) });
    expect(await unlucky.load()).toEqual({ status: 'unreadable', reason: expect.stringContaining('502') });
    expect(unlucky.status()).toMatchObject({ status: 'unreadable', keptAt: path.join(keepDir, 'offboarding-sentinel-state.json') });
    const putsBefore = sim.log.filter((e) => e.method === 'PUT').length;
    await unlucky.write(state('day3'));
    expect(sim.log.filter((e) => e.method === 'PUT').length).toBe(putsBefore);
    expect((await store().read())?.runs.map((run) => run.at)).toEqual(['day1', 'day2']);
    expect(JSON.parse(await readFile(path.join(keepDir, 'offboarding-sentinel-state.json'), 'utf8'))).toEqual(state('day3'));
    expect(warnings.join('\n')).toMatch(/will not write over it[\s\S]*kept in/);
    // A first run (no branch, no file) is absent, not unreadable.
    expect(await new ContentsApiStateStore(client, { owner: OWNER, repo: REPO, branch: 'nothing-here' }).load()).toEqual({ status: 'absent' });
  });

  it('reads the state raw and keeps the ETag cache in content-addressed shards', async () => {
    const cache = new EtagCache();
    for (let i = 0; i < 50; i++) cache.set(`GET https://api/x/${i}`, { etag: `"${i}"`, data: { i }, link: null });
    const shards = cache.packShards(() => true, 200);
    expect(shards.length).toBeGreaterThan(1);
    await store().write(nextState(null, [finding()], 'day1', { mode: 'audit', etags: shards }));
    const branch = sim.scenario.org.branches.find((b) => b.name === 'offboarding-sentinel-state');
    expect(Object.keys(branch?.files ?? {}).filter((p) => p.startsWith('state-etags/'))).toHaveLength(shards.length);
    const logFrom = sim.log.length;
    const back = await store().read();
    expect(EtagCache.unpack(back?.etags).toJSON()).toEqual(cache.toJSON());
    // Raw reads: no JSON-wrapped base64, no blob round trip.
    expect(sim.log.slice(logFrom).every((e) => e.route === 'GET /repos/{owner}/{repo}/contents/{path}')).toBe(true);
    // An unchanged cache writes no shard again.
    const writes = sim.log.length;
    const again = store();
    await again.read();
    await again.write(nextState(back, [finding()], 'day2', { mode: 'audit', etags: shards }));
    expect(sim.log.slice(writes).filter((e) => e.method === 'PUT')).toHaveLength(1);
  });

  it('keeps the audit log in month shards: a month that is over is not written again; a missing one drops the record', async () => {
    const event = (id: string, at: string): AuditEvent => ({ id, at, action: 'repo.create', actor: 'a', user: null, repo: null, ip: null, fields: {} });
    const record = (through: string, events: AuditEvent[]) =>
      packAuditLog({ org: 'acme', from: '2026-10-01T00:00:00.000Z', through, events });
    const october = [event('1', '2026-10-03T00:00:00.000Z'), event('2', '2026-10-30T00:00:00.000Z')];
    const night1 = record('2026-11-02T00:00:00.000Z', [...october, event('3', '2026-11-01T00:00:00.000Z')]);
    await store().write(nextState(null, [finding()], 'day1', { mode: 'audit', auditLog: night1 }));
    const files = () =>
      Object.keys(sim.scenario.org.branches.find((b) => b.name === 'offboarding-sentinel-state')?.files ?? {})
        .filter((p) => p.startsWith('state-audit-log/'))
        .sort();
    expect(files()).toHaveLength(2);
    const first = store();
    const back = await first.read();
    expect(unpackAuditLog(back?.auditLog)).toEqual(unpackAuditLog(night1));
    // The next night adds to November only: one shard written, October's left as it is.
    const night2 = record('2026-11-03T00:00:00.000Z', [...october, event('3', '2026-11-01T00:00:00.000Z'), event('4', '2026-11-02T12:00:00.000Z')]);
    const putsBefore = sim.log.filter((e) => e.method === 'PUT').length;
    await first.write(nextState(back, [finding()], 'day2', { mode: 'audit', auditLog: night2 }));
    const puts = sim.log.filter((e) => e.method === 'PUT').slice(putsBefore);
    expect(puts.map((e) => e.path).filter((p) => p.includes('state-audit-log'))).toHaveLength(1);
    expect(unpackAuditLog((await store().read())?.auditLog)?.events.map((e) => e.id)).toEqual(['1', '2', '3', '4']);
    expect(warnings).toEqual([]);
    // A month that cannot be read is a month without events: the record goes, the rest stays.
    sim.switches.faults = { remaining: 10, status: 500, drop: false, match: /state-audit-log/ };
    const unlucky = await store().read();
    expect(unlucky?.auditLog).toBeUndefined();
    expect(unlucky?.runs.map((run) => run.at)).toEqual(['day1', 'day2']);
    expect(warnings.join('\n')).toMatch(/audit-log shard .* reads the whole audit window again/);
  });

  it('deletes the ETag shards no main file refers to, keeping those of the file it replaced', async () => {
    const cacheOf = (tag: string) => {
      const cache = new EtagCache();
      for (let i = 0; i < 50; i++) cache.set(`GET https://api/x/${i}`, { etag: `"${tag}${i}"`, data: { i, tag }, link: null });
      // A few shards a night: under the deletes a write may make.
      return cache.packShards(() => true, 1000);
    };
    const onBranch = () =>
      Object.keys(sim.scenario.org.branches.find((b) => b.name === 'offboarding-sentinel-state')?.files ?? {})
        .filter((p) => p.startsWith('state-etags/'))
        .sort();
    const shardsOf = async () => {
      const raw = await client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: OWNER, repo: REPO, path: 'state.json', ref: 'offboarding-sentinel-state', headers: { accept: 'application/vnd.github.raw+json' } });
      return (JSON.parse(raw.data as unknown as string) as { etags: { etagShards: string[] } }).etags.etagShards;
    };
    let previous = null as Awaited<ReturnType<ContentsApiStateStore['read']>>;
    const night = async (tag: string) => {
      const s = store();
      previous = await s.read();
      await s.write(nextState(previous, [finding()], tag, { mode: 'audit', etags: cacheOf(tag) }));
      return shardsOf();
    };
    const day1 = await night('a');
    expect(day1.length).toBeGreaterThan(1);
    const day2 = await night('b');
    // Day 1's shards are what the replaced file referred to: a run that read it may need them.
    expect(onBranch()).toEqual([...new Set([...day1, ...day2])].sort());
    const day3 = await night('c');
    // Day 1's are now two files back: gone. Day 2's (replaced) and day 3's stay.
    expect(onBranch()).toEqual([...new Set([...day2, ...day3])].sort());
    expect(day1.some((path) => onBranch().includes(path))).toBe(false);
    expect(EtagCache.unpack((await store().read())?.etags).toJSON()).toEqual(EtagCache.unpack(cacheOf('c')).toJSON());
    expect(warnings).toEqual([]);
  });

  it('a slow run whose shards were collected meanwhile puts them back on its conflict (near miss of losing them)', async () => {
    const cacheOf = (tag: string) => {
      const cache = new EtagCache();
      for (let i = 0; i < 50; i++) cache.set(`GET https://api/y/${i}`, { etag: `"${tag}${i}"`, data: { i, tag }, link: null });
      return cache.packShards(() => true, 200);
    };
    await store().write(nextState(null, [finding()], 'day1', { mode: 'audit', etags: cacheOf('a') }));
    const slow = store();
    const base = await slow.read();
    // Two other runs write meanwhile: the shards of day 1 are collected.
    for (const tag of ['b', 'c']) {
      const other = store();
      await other.write(nextState(await other.read(), [finding()], tag, { mode: 'audit', etags: cacheOf(tag) }));
    }
    // The slow run's cache is day 1's: its shards are gone from the branch, and it thinks they exist.
    await slow.write(nextState(base, [finding()], 'day2-slow', { mode: 'audit', etags: cacheOf('a') }));
    const back = await store().read();
    expect(EtagCache.unpack(back?.etags).toJSON()).toEqual(EtagCache.unpack(cacheOf('a')).toJSON());
    expect(warnings).toEqual([]);
  });

  it('keeps the state aside when it may not read or write, with warnings', async () => {
    sim.switches.denials.push({ match: /contents|git\/ref/ });
    expect(await store().read()).toBeNull();
    await expect(store().write(state('day1'))).resolves.toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/Could not read the state[\s\S]*not stored: could not write the state/);
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
    // Damaged is unreadable: the file is not written over.
    const puts = sim.log.filter((e) => e.method === 'PUT').length;
    await onMain.write(state('day1'));
    expect(sim.log.filter((e) => e.method === 'PUT').length).toBe(puts);
  });
});
