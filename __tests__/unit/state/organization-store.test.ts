import { describe, expect, it } from '@jest/globals';
import { OrganizationStateStore, organizationStatePath, organizationsInState } from '../../../src/state/organization-store.js';
import type { RunState, StateRead, StateStore, StoreStatus } from '../../../src/state/types.js';

function state(resources: string[]): RunState {
  const fingerprints = Object.fromEntries(
    resources.map((resource, i) => [`f${i}`, { rule: 'stale-deploy-key' as const, resource, subject: null, firstSeen: 'x', lastSeen: 'x' }]),
  );
  return { v: 1, fingerprints, etags: null, runs: [] };
}

class Memory implements StateStore {
  written: RunState[] = [];
  constructor(
    private value: RunState | null,
    private readonly where: string,
    private readonly failing = false,
  ) {}
  load(): Promise<StateRead> {
    if (this.failing) return Promise.resolve({ status: 'unreadable', reason: 'HTTP 500' });
    return Promise.resolve(this.value ? { status: 'read', state: this.value } : { status: 'absent' });
  }
  async read(): Promise<RunState | null> {
    const read = await this.load();
    return read.status === 'read' ? read.state : null;
  }
  write(next: RunState): Promise<void> {
    this.written.push(next);
    this.value = next;
    return Promise.resolve();
  }
  status(): StoreStatus {
    return { status: this.value ? 'read' : 'absent', where: this.where };
  }
}

function store(org: string, own: RunState | null, legacy: RunState | null, failing = false) {
  const scoped = new Memory(own, `${org}/state.json`, failing);
  const legacyStore = new Memory(legacy, 'state.json');
  const organization = new OrganizationStateStore({ organization: org, scoped, legacy: legacyStore });
  return { organization, scoped, legacyStore };
}

describe('the state kept per organization', () => {
  it('has a path per organization', () => {
    expect(organizationStatePath('Acme')).toBe('acme/state.json');
  });

  it('names the organizations of a state by its resources', () => {
    expect([...organizationsInState(state(['repo:acme/api', 'org:Acme', 'pat:12', 'team:acme/x']))]).toEqual(['acme']);
  });

  it('prefers the organization\'s own history', async () => {
    const own = state(['repo:acme/own']);
    const { organization } = store('acme', own, state(['repo:acme/old']));
    await expect(organization.read()).resolves.toBe(own);
  });

  it('adopts the old single file once, and writes to the organization\'s path', async () => {
    const legacy = state(['repo:acme/old']);
    const s = store('acme', null, legacy);
    await expect(s.organization.read()).resolves.toBe(legacy);
    await s.organization.write(state(['repo:acme/new']));
    expect(s.organization.status().where).toBe('state.json');
    expect(s.scoped.written).toHaveLength(1);
    expect(s.legacyStore.written).toHaveLength(0);
  });

  it('adopts an old file that names no organization (no findings yet)', async () => {
    const legacy = state(['pat:1']);
    await expect(store('acme', null, legacy).organization.read()).resolves.toBe(legacy);
  });

  it('does not adopt another organization\'s old file', async () => {
    await expect(store('globex', null, state(['repo:acme/old'])).organization.read()).resolves.toBeNull();
  });

  it('does not fall back to the old file when its own could not be read', async () => {
    const s = store('acme', null, state(['repo:acme/old']), true);
    await expect(s.organization.load()).resolves.toEqual({ status: 'unreadable', reason: 'HTTP 500' });
  });
});
