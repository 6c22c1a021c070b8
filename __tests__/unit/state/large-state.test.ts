// The state of a 50,000-repository organization survives a round trip through the contents API.
// Measured on the 5,000-repository organization: about 7 MB stored, mostly the ETag
// cache; this builds ten times that (≈ 70 MB stored, fingerprints and cached bodies that deflate
// about as poorly as real ids and timestamps do). Before raw reads and shards, a state of about
// 9 MB already came back as a string ("not a file") and every night started cold.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { EtagCache } from '../../../src/github/etag-cache.js';
import type { GitHubClient } from '../../../src/github/types.js';
import { ContentsApiStateStore } from '../../../src/state/contents-api-store.js';
import type { FingerprintRecord, RunState } from '../../../src/state/types.js';
import type { Simulator } from '../../../simulator/index.js';
import { OWNER, REPO, simulatedGitHub } from '../reporters/simulated-github.js';

// `npm run test:large-state` runs the full size (a minute or more); `npm test` runs it at a
// tenth, which still puts the main file and the shards well past the 9 MB that broke JSON reads.
const REPOSITORIES = Number(process.env.LARGE_STATE_REPOSITORIES ?? 5_000);
const FINDINGS = Number(process.env.LARGE_STATE_FINDINGS ?? 60_000);
/** Bytes stored per repository, measured on this generator (ETag shards and fingerprints). */
const STORED_PER_REPOSITORY = 600;

function largeCache(): EtagCache {
  const cache = new EtagCache();
  for (let i = 0; i < REPOSITORIES; i++) {
    const repo = `https://api.github.com/repos/acme/repo-${i}`;
    // What a repository's lists look like once cached: ids, shas and dates that do not repeat.
    cache.set(`GET ${repo}/actions/secrets?per_page=100`, {
      etag: `W/"${randomBytes(16).toString('hex')}"`,
      data: { total_count: 1, secrets: [{ name: `DEPLOY_${i}`, created_at: '2025-03-01T00:00:00Z', updated_at: new Date(1.7e12 + i * 1e6).toISOString() }] },
      link: null,
    });
    cache.set(`GET ${repo}/keys?per_page=100`, {
      etag: `W/"${randomBytes(16).toString('hex')}"`,
      data: [{ id: 1e6 + i, key: `ssh-ed25519 ${randomBytes(48).toString('base64')}`, title: `deploy ${i}`, read_only: i % 3 !== 0, added_by: `user-${i % 997}`, last_used: null }],
      link: null,
    });
    cache.set(`GET ${repo}/invitations?per_page=100`, { etag: `W/"${randomBytes(16).toString('hex')}"`, data: [], link: null });
    cache.set(`GET ${repo}/actions/variables?per_page=30`, {
      etag: `W/"${randomBytes(16).toString('hex')}"`,
      data: { total_count: 2, variables: [0, 1].map((n) => ({ name: `V${n}`, value: randomBytes(24).toString('base64'), updated_at: new Date(1.7e12 + i * 1e6 + n).toISOString() })) },
      link: null,
    });
    cache.set(`GET ${repo}/collaborators?affiliation=direct&per_page=100`, {
      etag: `W/"${randomBytes(16).toString('hex')}"`,
      data: [0, 1, 2].map((n) => ({ login: `user-${(i * 7 + n) % 9973}`, id: 5e6 + i * 3 + n, node_id: randomBytes(12).toString('base64'), permissions: { admin: n === 0, push: true, pull: true } })),
      link: null,
    });
  }
  return cache;
}

function largeState(etags: unknown): RunState {
  const fingerprints: Record<string, FingerprintRecord> = {};
  for (let i = 0; i < FINDINGS; i++) {
    fingerprints[randomBytes(16).toString('hex')] = {
      rule: 'stale-deploy-key',
      resource: `deploy-key:acme/repo-${i}/${1e6 + i}`,
      subject: `user-${i % 997}`,
      firstSeen: new Date(1.7e12 + i * 1e5).toISOString(),
      lastSeen: '2026-11-27T03:00:00.000Z',
    };
  }
  return { v: 1, fingerprints, etags, runs: [] };
}

describe(`a state the size of a ${REPOSITORIES.toLocaleString('en')}-repository organization`, () => {
  let sim: Simulator;
  let client: GitHubClient;
  beforeAll(async () => {
    ({ sim, client } = await simulatedGitHub());
  });
  afterAll(async () => {
    await sim.close();
  });

  it('is written in shards and read back whole, raw', async () => {
    const cache = largeCache();
    const shards = cache.packShards(() => true);
    const state = largeState(shards);
    const warnings: string[] = [];
    const store = () => new ContentsApiStateStore(client, { owner: OWNER, repo: REPO, warn: (m) => warnings.push(m) });
    await store().write(state);
    const branch = sim.scenario.org.branches.find((b) => b.name === 'offboarding-sentinel-state');
    const stored = Object.values(branch?.files ?? {}).reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
    expect(stored).toBeGreaterThan(REPOSITORIES * STORED_PER_REPOSITORY);
    expect(Buffer.byteLength(branch?.files['state.json']?.content ?? '')).toBeGreaterThan(9_000_000);
    if (REPOSITORIES >= 50_000) expect(shards.length).toBeGreaterThan(1);

    const back = await store().load();
    expect(back.status).toBe('read');
    if (back.status !== 'read') return;
    expect(Object.keys(back.state.fingerprints)).toHaveLength(FINDINGS);
    expect(back.state.fingerprints).toEqual(state.fingerprints);
    const restored = EtagCache.unpack(back.state.etags);
    expect(restored.size).toBe(cache.size);
    expect(restored.get(`GET https://api.github.com/repos/acme/repo-${REPOSITORIES - 1}/keys?per_page=100`)).toEqual(
      cache.get(`GET https://api.github.com/repos/acme/repo-${REPOSITORIES - 1}/keys?per_page=100`),
    );
    expect(warnings).toEqual([]);
    process.stdout.write(`large state: ${REPOSITORIES} repositories, ${FINDINGS} fingerprints, ${(stored / 1e6).toFixed(1)} MB stored in ${shards.length} ETag shard(s) + state.json\n`);
  }, 600_000);
});
