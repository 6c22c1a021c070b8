// The post phase's read of every actor's events: bounded by the window, oldest first, and a
// named gap (never "nothing there") when the audit log's budget or a failure cuts it short.
import { afterEach, describe, expect, it } from '@jest/globals';
import { collectOrgEvents } from '../../../src/collectors/collect-org-events.js';
import type { Simulator } from '../../../simulator/index.js';
import type { SimAuditEvent } from '../../../simulator/state.js';
import { fixtureScenario } from './fixture-org.js';
import { simulatedClient } from './sim-helpers.js';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const FROM = Date.parse('2026-11-20T00:00:00Z');

function events(count: number, start: number): SimAuditEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    _document_id: `window-${String(i).padStart(4, '0')}`,
    '@timestamp': start + i * 60_000,
    created_at: start + i * 60_000,
    action: 'git.clone',
    actor: `user-${i % 5}`,
    org: 'acme',
    actor_ip: '203.0.113.9',
  }));
}

async function client(extra: SimAuditEvent[]) {
  const scenario = fixtureScenario();
  scenario.org.audit_log.push(...extra);
  const started = await simulatedClient(scenario);
  sim = started.sim;
  return started.client;
}

describe('collectOrgEvents', () => {
  it('reads every actor inside the window only', async () => {
    const c = await client([...events(3, FROM - 3_600_000), ...events(4, FROM + 60_000).map((e) => ({ ...e, _document_id: `in-${e._document_id}` }))]);
    const read = await collectOrgEvents(c, { org: 'acme', from: new Date(FROM), to: new Date('2026-11-27T03:00:00Z') });
    expect(read.gap).toBeNull();
    const ours = read.events.filter((e) => e.id.startsWith('in-window'));
    expect(ours.map((e) => e.actor)).toEqual(['user-0', 'user-1', 'user-2', 'user-3']);
    expect(read.events.every((e) => e.at >= new Date(FROM).toISOString())).toBe(true);
  });

  it('names the unread rest of the window when the page budget runs out', async () => {
    const c = await client(events(250, FROM + 60_000));
    const read = await collectOrgEvents(c, { org: 'acme', from: new Date(FROM), to: new Date('2026-11-27T03:00:00Z'), maxPages: 1 });
    expect(read.events.length).toBeLessThanOrEqual(100);
    expect(read.gap).toEqual({ resource: 'org:acme/audit-log', reason: expect.stringMatching(/budget reached after 1 page[\s\S]*were not checked/) });
  });

  it('a refused audit log is a gap with the permission that fixes it', async () => {
    const c = await client([]);
    sim!.switches.denials.push({ match: 'GET /orgs/acme/audit-log' });
    const read = await collectOrgEvents(c, { org: 'acme', from: new Date(FROM), to: new Date('2026-11-27T03:00:00Z') });
    expect(read.events).toEqual([]);
    expect(read.gap?.reason).toMatch(/403[\s\S]*Administration read/);
  });
});
