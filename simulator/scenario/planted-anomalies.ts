// Planted audit-log anomalies: a person offboarded earlier who is active again (and whose IP
// another actor uses), and credential changes by unapproved actors, including a burst.
import type { SimRepo } from '../state.js';
import {
  ACTION_REPO_NAME,
  addContribution,
  addEvent,
  expectFinding,
  nearMiss,
  type Builder,
} from './builder.js';
import { CAST } from './cast.js';
import { isoAt, MINUTE_MS } from './clock.js';
import { sshKeyFor } from './ids.js';

const eventId = (id: string) => `event:${id}`;

/** When the former employee was offboarded (60 days before now). */
export function formerEmployeeOffboardedAt(b: Builder): number {
  return b.clock.msDaysAgo(60);
}

export function plantFormerEmployee(b: Builder, repos: SimRepo[]): void {
  const { clock } = b;
  const who = CAST.formerEmployee;
  const offboardedMs = formerEmployeeOffboardedAt(b);
  const offboardedAt = isoAt(offboardedMs);
  const repo = repos[15].name;
  addContribution(b, who, repo, 'commit', 95, 3);
  for (const ago of [150, 100])
    addEvent(b, { atMs: clock.msDaysAgo(ago), action: 'repo.download_zip', actor: who, repo });
  const before = addEvent(b, { atMs: clock.msDaysAgo(70), action: 'git.clone', actor: who, repo });
  nearMiss(
    b,
    'activity-after-offboarding',
    who,
    eventId(before._document_id),
    'event 10 days before offboarding',
  );
  const removal = addEvent(b, {
    atMs: offboardedMs + 10 * MINUTE_MS,
    action: 'org.remove_member',
    actor: CAST.secopsLead,
    user: who,
  });
  nearMiss(
    b,
    'activity-after-offboarding',
    who,
    eventId(removal._document_id),
    'the person is only the user acted upon',
  );

  const after = addEvent(b, { atMs: clock.msDaysAgo(20), action: 'repo.download_zip', actor: who, repo });
  expectFinding(
    b,
    'activity-after-offboarding',
    who,
    eventId(after._document_id),
    'event by the offboarded person 40 days after offboarding',
  );
  const ip = b.ips.of(who)[0];
  const sharedBefore = addEvent(b, {
    atMs: clock.msDaysAgo(90),
    action: 'repo.download_zip',
    actor: CAST.ipReuser,
    repo,
    ip,
  });
  nearMiss(
    b,
    'offboarded-ip-activity',
    who,
    eventId(sharedBefore._document_id),
    'same IP, but before the offboarding',
  );
  const reused = addEvent(b, {
    atMs: clock.msDaysAgo(10),
    action: 'repo.download_zip',
    actor: CAST.ipReuser,
    repo,
    ip,
  });
  expectFinding(
    b,
    'offboarded-ip-activity',
    who,
    eventId(reused._document_id),
    `another actor from ${ip}, used by ${who} before offboarding`,
  );

  // The closed tracking issue that records the offboarding for the audit-mode anomaly rules.
  const id = b.ids.id('issue');
  b.org.issues.push({
    id,
    node_id: b.ids.nodeId('issue', id),
    number: b.org.issues.length + 1,
    repo: ACTION_REPO_NAME,
    title: `Offboarding: ${who}`,
    body: [
      `<!-- offboarding-sentinel:tracking ${JSON.stringify({ v: 1, subject: who, offboardedAt })} -->`,
      `Offboarding of @${who}, terminated ${offboardedAt}.`,
      '',
      '- [x] Organization membership removed',
      '- [x] Tokens and credentials revoked',
    ].join('\n'),
    state: 'closed',
    state_reason: 'completed',
    labels: ['offboarding'],
    assignees: [],
    user: CAST.actionsBot,
    created_at: isoAt(offboardedMs - 2 * 3_600_000),
    updated_at: isoAt(offboardedMs + 86_400_000),
    closed_at: isoAt(offboardedMs + 86_400_000),
    comments: [],
  });
  const labelId = b.ids.id('label');
  b.org.labels.push({
    id: labelId,
    repo: ACTION_REPO_NAME,
    name: 'offboarding',
    color: 'b60205',
    description: 'Offboarding tracking',
  });
}

export function plantCredentialChanges(b: Builder, repos: SimRepo[]): void {
  const { clock } = b;
  // Routine: cnovak works in this repository and deletes its deploy key from their usual address.
  addContribution(b, CAST.keyDeleter, repos[16].name, 'commit', 20, 6);
  const keyDelete = addEvent(b, {
    atMs: clock.msDaysAgo(15),
    action: 'public_key.delete',
    actor: CAST.keyDeleter,
    repo: repos[16].name,
    fields: { fingerprint: sshKeyFor('deleted-by-cnovak').fingerprint, read_only: true },
  });
  nearMiss(
    b,
    'unapproved-credential-change',
    CAST.keyDeleter,
    eventId(keyDelete._document_id),
    'a developer deletes a deploy key of the repository they work in, from their usual address',
  );
  const secretRemove = addEvent(b, {
    atMs: clock.msDaysAgo(12),
    action: 'repo.remove_actions_secret',
    actor: CAST.secretRemover,
    repo: repos[17].name,
    fields: { key: 'PROD_DB_PASSWORD' },
  });
  expectFinding(
    b,
    'unapproved-credential-change',
    CAST.secretRemover,
    eventId(secretRemove._document_id),
    'a production secret removed in a repository the actor does not work in',
  );

  const burstStart = clock.msDaysAgo(5);
  for (let i = 0; i < 5; i++) {
    const event = addEvent(b, {
      atMs: burstStart + i * 2 * MINUTE_MS,
      action: 'public_key.delete',
      actor: CAST.burstDeleter,
      repo: repos[18 + i].name,
      fields: { fingerprint: sshKeyFor(`burst-${i}`).fingerprint, read_only: true },
    });
    // One finding per episode: the burst, on its first event.
    if (i === 0) {
      expectFinding(
        b,
        'unapproved-credential-change',
        CAST.burstDeleter,
        eventId(event._document_id),
        'burst: 5 deploy-key deletions within 8 minutes by an actor who never deleted one',
      );
    }
  }
  const approved = addEvent(b, {
    atMs: clock.msDaysAgo(30),
    action: 'public_key.delete',
    actor: CAST.secopsLead,
    repo: repos[23].name,
    fields: { fingerprint: sshKeyFor('rotated-by-secops').fingerprint, read_only: true },
  });
  nearMiss(
    b,
    'unapproved-credential-change',
    CAST.secopsLead,
    eventId(approved._document_id),
    'deletion by an approved actor',
  );
}
