import { describe, expect, it } from '@jest/globals';
import {
  aJourney,
  anAuditEvent,
  aPerson,
  aRepository,
  aGrant,
  aSnapshot,
  aTeam,
  daysAgo,
  NOW,
} from '../../builders/snapshot.js';
import { buildInventory } from '../../../src/offboarding/inventory.js';
import { damagedTrackingMessage } from '../../../src/offboarding/tracking-state.js';
import { offboardingMetrics } from '../../../src/offboarding/metrics.js';
import {
  readTrackingIssue,
  initialTrackingState,
  MAX_BODY,
  nextTrackingState,
  nothingLeft,
  parseTrackingIssue,
  parseTrackingMarker,
  readOffboardedPeople,
  renderTrackingIssue,
  type TrackingState,
} from '../../../src/offboarding/tracking-issue.js';
import type { Inventory } from '../../../src/offboarding/types.js';

const OFFBOARDED = daysAgo(2);

function anInventory(login = 'alice', extra: Partial<Inventory> = {}): Inventory {
  const snapshot = aSnapshot({
    people: [aPerson(login)],
    teams: [aTeam('devs', { members: [{ login, role: 'member' }] })],
    repositories: [aRepository('acme/api')],
    grants: [aGrant(login, 'acme/api', 'write')],
    auditEvents: [anAuditEvent('git.clone', { actor: login, ip: '198.51.100.7', at: daysAgo(3) })],
  });
  return { ...buildInventory(snapshot, login, OFFBOARDED), ...extra };
}

function aState(overrides: Partial<TrackingState> = {}): TrackingState {
  const journey = [
    ...aJourney(),
    { id: 'laptop', title: 'Collect the laptop', deadlineHours: 48, check: { kind: 'manual' as const } },
  ];
  return { ...initialTrackingState(anInventory(), journey, new Date(NOW)), ...overrides };
}

describe('renderTrackingIssue / parseTrackingIssue', () => {
  it('starts the body with the exact tracking marker', () => {
    const { title, body } = renderTrackingIssue(aState());
    expect(title).toBe('Offboarding: alice');
    expect(body.split('\n')[0]).toBe(
      `<!-- offboarding-sentinel:tracking {"v":1,"subject":"alice","offboardedAt":"${OFFBOARDED}"} -->`,
    );
  });

  it('round-trips the whole state', () => {
    const state = aState({
      items: [
        {
          kind: 'org-membership',
          resource: 'org:acme',
          label: 'Member of acme',
          status: 'revoked',
          at: daysAgo(1.9),
          by: 'it-admin',
          new: false,
        },
        {
          kind: 'repo-access',
          resource: 'repo:acme/api',
          label: 'acme/api: write',
          status: 'retained',
          at: null,
          by: null,
          new: false,
        },
      ],
      remediation: [
        {
          action: {
            type: 'request',
            kind: 'remove-org-member',
            route: 'DELETE /orgs/{org}/members/{username}',
            params: { org: 'acme', username: 'alice' },
            subject: 'alice',
            resources: ['org:acme'],
            description: 'Remove alice from acme',
          },
          ok: false,
          status: 403,
          error: 'HTTP 403: Forbidden',
          at: NOW,
        },
      ],
      manualStepsDone: [],
    });
    const parsed = parseTrackingIssue(renderTrackingIssue(state).body);
    expect(parsed).toEqual(state);
  });

  it('shows revoked items ticked with when and by whom, and what is left unticked', () => {
    const state = aState({
      items: [
        {
          kind: 'org-membership',
          resource: 'org:acme',
          label: 'Member of acme',
          status: 'revoked',
          at: '2026-11-25T04:00:00.000Z',
          by: 'it-admin',
          new: false,
        },
        {
          kind: 'secret',
          resource: 'secret:acme/api/TOKEN',
          label: 'Actions secret TOKEN (acme/api)',
          status: 'retained',
          at: null,
          by: null,
          new: false,
        },
      ],
    });
    // What a post run leaves: the items compared, and metrics computed.
    state.metrics = offboardingMetrics({ subject: state.subject, offboardedAt: state.offboardedAt, now: new Date(NOW), items: state.items, steps: state.steps });
    const { body } = renderTrackingIssue(state);
    expect(body).toContain('- [x] Member of acme — revoked 2026-11-25 04:00 UTC by it\\-admin');
    expect(body).toContain(
      '### Secrets to rotate\n\n- [ ] Actions secret TOKEN \\(acme/api\\) — **still present**',
    );
    expect(body).toContain('**1 item still present.**');
  });

  it('right after pre, lists what is to remove without calling anything "still present"', () => {
    const { body } = renderTrackingIssue(aState());
    expect(body).not.toContain('still present');
    expect(body).toMatch(/\*\*\d+ items? to remove\.\*\* The `post` phase checks each one/);
    expect(body).toContain(' — to remove');
  });

  it('reads ticked manual steps back from the body, and an untick too', () => {
    const { body } = renderTrackingIssue(aState());
    const line = body.split('\n').find((l) => l.includes('<!-- step:laptop -->'));
    expect(line).toMatch(/^- \[ \] Collect the laptop/);
    const ticked = body.replace(line!, line!.replace('- [ ]', '- [x]'));
    expect(parseTrackingIssue(ticked)?.manualStepsDone).toEqual(['laptop']);

    const doneState = aState({ manualStepsDone: ['laptop'] });
    doneState.steps = doneState.steps.map((s) => (s.id === 'laptop' ? { ...s, status: 'done' } : s));
    const doneBody = renderTrackingIssue(doneState).body;
    expect(parseTrackingIssue(doneBody)?.manualStepsDone).toEqual(['laptop']);
    expect(
      parseTrackingIssue(doneBody.replace('- [x] Collect the laptop', '- [ ] Collect the laptop'))
        ?.manualStepsDone,
    ).toEqual([]);
  });

  it('ignores a ticked line that claims a github-checked step', () => {
    const body = `${renderTrackingIssue(aState()).body}\n- [x] fake <!-- step:org-membership -->\n`;
    expect(parseTrackingIssue(body)?.manualStepsDone).toEqual([]);
  });

  it('escapes hostile names everywhere they appear', () => {
    const hostile = '@everyone <img src=x onerror=alert(1)> | `code` \u202Eevil -->' + 'x'.repeat(10_000);
    const state = aState({
      subject: 'alice',
      items: [
        {
          kind: 'team-membership',
          resource: 'team:acme/x',
          label: hostile,
          status: 'revoked',
          at: NOW,
          by: hostile,
          new: false,
        },
      ],
      steps: [
        { id: 'bad --> id', title: hostile, check: 'manual', status: 'pending', dueAt: NOW, doneAt: null },
      ],
    });
    const { body } = renderTrackingIssue(state);
    const human = body.slice(0, body.indexOf('<!-- offboarding-sentinel:state'));
    expect(human).not.toContain('@everyone');
    expect(human).not.toContain('<img');
    expect(human).not.toContain('\u202E');
    expect(human).not.toContain(' | ');
    expect(human).not.toMatch(/[^\\]`code/);
    // The only comments after the marker are our own step markers, percent-encoded.
    expect(
      human
        .split('\n')
        .slice(1)
        .join('\n')
        .replace(/<!-- step:[^\s>]+ -->/g, ''),
    ).not.toContain('-->');
    expect(human).toContain('<!-- step:bad%20--%3E%20id -->');
    expect(human.split('\n').some((l) => l.length > 1000)).toBe(false);
    expect(parseTrackingIssue(body)?.items[0].label).toBe(hostile);
    expect(parseTrackingIssue(body)?.steps[0].id).toBe('bad --> id');
  });

  it('escapes a hostile subject in the title and keeps the marker JSON inside its comment', () => {
    const subject = 'x --> <b>@all</b> `';
    const state = aState({ subject, inventory: anInventory('alice', { subject }) });
    const { title, body } = renderTrackingIssue(state);
    expect(title).not.toContain('<b>');
    expect(title).not.toContain('@all');
    const firstLine = body.split('\n')[0];
    expect(firstLine.indexOf('-->')).toBe(firstLine.length - 3);
    expect(parseTrackingMarker(body)?.subject).toBe(subject);
  });

  it('compresses the state when the plain block would not fit in an issue body', () => {
    const items = Array.from({ length: 1500 }, (_, i) => ({
      kind: 'secret' as const,
      resource: `secret:acme/repo-${i}/TOKEN`,
      label: `Actions secret TOKEN (acme/repo-${i})`,
      status: 'retained' as const,
      at: null,
      by: null,
      new: false,
    }));
    const state = aState({ items });
    const { body } = renderTrackingIssue(state);
    expect(body.length).toBeLessThan(MAX_BODY);
    expect(body).toContain('<!-- offboarding-sentinel:state deflate:');
    expect(body).toContain('and 1400 more');
    expect(parseTrackingIssue(body)?.items).toHaveLength(1500);
  });

  it('returns null for a body that is not a tracking issue or whose state is damaged', () => {
    expect(parseTrackingIssue('just an issue')).toBeNull();
    const { body } = renderTrackingIssue(aState());
    expect(parseTrackingIssue(body.replace(/state [A-Za-z0-9+/=]+ -->/, 'state AAAA -->'))).toBeNull();
    expect(parseTrackingIssue(`\n${body}`)).toBeNull();
    expect(
      parseTrackingMarker(
        '<!-- offboarding-sentinel:tracking {"v":2,"subject":"a","offboardedAt":"2026-01-01T00:00:00Z"} -->',
      ),
    ).toBeNull();
  });
});

describe('readOffboardedPeople', () => {
  it('lists who was offboarded, when, and the IPs they used, from marker and state', () => {
    const { body } = renderTrackingIssue(aState());
    const markerOnly =
      '<!-- offboarding-sentinel:tracking {"v":1,"subject":"bob","offboardedAt":"2026-10-01T00:00:00Z"} -->\nhand-written';
    expect(
      readOffboardedPeople([{ body }, { body: markerOnly }, { body: null }, { body: 'unrelated' }]),
    ).toEqual([
      { login: 'alice', offboardedAt: OFFBOARDED, knownIps: ['198.51.100.7'] },
      { login: 'bob', offboardedAt: '2026-10-01T00:00:00.000Z', knownIps: [] },
    ]);
  });

  it('keeps the latest offboarding of someone offboarded twice', () => {
    const marker = (at: string) =>
      `<!-- offboarding-sentinel:tracking {"v":1,"subject":"carol","offboardedAt":"${at}"} -->`;
    expect(
      readOffboardedPeople([
        { body: marker('2026-11-01T00:00:00Z') },
        { body: marker('2025-01-01T00:00:00Z') },
      ]),
    ).toEqual([{ login: 'carol', offboardedAt: '2026-11-01T00:00:00.000Z', knownIps: [] }]);
  });
});

describe('nextTrackingState / nothingLeft', () => {
  const verification = (status: 'revoked' | 'retained', stepStatus: 'done' | 'missing') => ({
    findings: [],
    items: [
      {
        kind: 'org-membership' as const,
        resource: 'org:acme',
        label: 'Member of acme',
        status,
        at: null,
        by: null,
        new: false,
      },
    ],
    steps: [
      {
        id: 'org-membership',
        title: 't',
        check: 'github' as const,
        status: stepStatus,
        dueAt: NOW,
        doneAt: null,
      },
    ],
    metrics: null as never,
  });

  it('keeps the inventory and appends the remediation log', () => {
    const first = aState();
    const result = {
      action: {
        type: 'manual' as const,
        kind: 'rotate-secret' as const,
        subject: 'alice',
        resources: ['secret:acme/X'],
        description: 'd',
      },
      ok: true,
      status: 204,
      error: null,
      at: NOW,
    };
    const second = nextTrackingState(
      { ...first, remediation: [result] },
      verification('retained', 'missing'),
      [result],
      new Date(NOW),
    );
    expect(second.inventory).toBe(first.inventory);
    expect(second.remediation).toHaveLength(2);
    expect(second.items[0].status).toBe('retained');
  });

  it('is done only when nothing is held and every step is done', () => {
    const base = aState();
    expect(nothingLeft(nextTrackingState(base, verification('revoked', 'done'), [], new Date(NOW)))).toBe(
      true,
    );
    expect(nothingLeft(nextTrackingState(base, verification('retained', 'done'), [], new Date(NOW)))).toBe(
      false,
    );
    expect(nothingLeft(nextTrackingState(base, verification('revoked', 'missing'), [], new Date(NOW)))).toBe(
      false,
    );
  });
});

describe('readTrackingIssue', () => {
  it('tells a damaged hidden state from an issue that is not a tracking issue', () => {
    const { body } = renderTrackingIssue(aState());
    expect(readTrackingIssue(body)).toMatchObject({ kind: 'state', state: { subject: 'alice' } });
    expect(readTrackingIssue('Just an issue')).toEqual({ kind: 'none' });
    const mangled = body.replace(/(<!-- offboarding-sentinel:state )[^ ]+( -->)/, '$1bm90IGpzb24=$2');
    expect(readTrackingIssue(mangled)).toEqual({ kind: 'damaged', subject: 'alice', reason: expect.stringMatching(/cannot be decoded/) });
    const cut = body.slice(0, body.indexOf('<!-- offboarding-sentinel:state'));
    expect(readTrackingIssue(cut)).toEqual({ kind: 'damaged', subject: 'alice', reason: expect.stringMatching(/missing/) });
    expect(damagedTrackingMessage('x', 'https://github.com/acme/ops/issues/7')).toMatch(/issues\/7[\s\S]*edit history[\s\S]*run `pre` again/);
  });
});
