// A 90-day replay of an organization for the anomaly benchmark: the demo generator's background
// (people, repositories, teams, grants) plus a dated timeline of audit events and offboardings
// over the 180 days before installation and the 90 days after. The background is routine work
// (administrators rotating organization secrets monthly, bots replacing keys on schedule,
// developers updating their own repositories' secrets, everyone cloning and opening pull
// requests, now and then from a travel address); a departure about every week, revoked by an
// administrator with normal timings and noise. Planted in it, with ground truth, the anomalies
// the benchmark scores. Seeded and deterministic; it never reads the wall clock.
import type { InventoryItem } from '../../src/offboarding/types.js';
import { initialTrackingState } from '../../src/offboarding/tracking-state.js';
import { renderTrackingIssue } from '../../src/offboarding/tracking-issue.js';
import { defaultJourney } from '../../src/policy/journey.js';
import type { JourneyStep } from '../../src/policy/types.js';
import type { SimAuditEvent, SimIssue, SimOrg } from '../state.js';
import { generateBackground } from '../scenario/background.js';
import {
  ACTION_REPO_NAME,
  addUser,
  buildEvent,
  createBuilder,
  ORG_LOGIN,
  type EventSpec,
} from '../scenario/builder.js';
import { addCast, CAST } from '../scenario/cast.js';
import { DAY_MS, HOUR_MS, isoAt, MINUTE_MS } from '../scenario/clock.js';

export type AnomalyKind =
  'credential-burst' | 'new-address' | 'org-secret-outside-circle' | 'step-skipped' | 'revocation-slowdown';

export const ANOMALY_KINDS: readonly AnomalyKind[] = [
  'credential-burst',
  'new-address',
  'org-secret-outside-circle',
  'step-skipped',
  'revocation-slowdown',
];

export interface PlantedAnomaly {
  kind: AnomalyKind;
  /** When the anomaly is first in the data (the first night after it can be detected from). */
  onsetMs: number;
  actor: string | null;
  /** For credential anomalies: the audit events it consists of. */
  events: string[];
  /** For journey anomalies: the step. */
  step: string | null;
  why: string;
}

export interface Replay {
  org: SimOrg;
  actionRepo: string;
  /** Installation: the first nightly run, at 03:00 UTC. */
  startMs: number;
  nights: number;
  /** Every audit event, oldest first; a night sees those up to its time. */
  timeline: SimAuditEvent[];
  /** Tracking issues, each visible from its creation. */
  trackingIssues: { atMs: number; issue: SimIssue }[];
  planted: PlantedAnomaly[];
  /** Days (from installation) of the stretch with nothing planted. */
  quiet: { fromDay: number; toDay: number };
  journey: JourneyStep[];
}

export const REPLAY_START = '2026-09-01T03:00:00Z';
const HISTORY_DAYS = 180;
const NIGHTS = 90;

/** The journey the replay's offboardings follow: the default policy's steps and deadlines. */
export const REPLAY_JOURNEY: JourneyStep[] = defaultJourney(24);

interface Actor {
  login: string;
  ip: string;
  repos: string[];
}

export function generateReplay(seed = 7): Replay {
  const startMs = Date.parse(REPLAY_START);
  const b = createBuilder(seed, REPLAY_START);
  addCast(b);
  generateBackground(b, { repos: 30, people: 45, teams: 4 });
  const rng = b.rng;
  const timeline: SimAuditEvent[] = [];
  const at = (day: number, hour: number, minute = 0) =>
    startMs + day * DAY_MS + (hour - 3) * HOUR_MS + minute * MINUTE_MS;
  const push = (spec: EventSpec) => {
    const event = buildEvent(
      ORG_LOGIN,
      b.ids.documentId(),
      spec,
      (login) => b.users.get(login),
      (login) => b.ips.of(login)[0],
    );
    timeline.push(event);
    return event;
  };
  const repoNames = b.org.repos.filter((r) => !r.archived && r.name !== ACTION_REPO_NAME).map((r) => r.name);
  const full = (name: string) => `${ORG_LOGIN}/${name}`;
  const pick = <T>(list: readonly T[]) => list[rng.int(0, list.length - 1)];

  // Who does what: two administrators, two bots, twelve developers with one to three repositories.
  const members = b.org.members
    .map((m) => m.login)
    .filter((login) => !Object.values(CAST).includes(login as never));
  const actor = (login: string, repos: string[]): Actor => ({ login, ip: b.ips.of(login)[0], repos });
  const admins = [actor(CAST.secopsLead, []), actor(CAST.dormantOwner, [])];
  const developers = members
    .slice(0, 12)
    .map((login, i) =>
      actor(login, [repoNames[i % repoNames.length], repoNames[(i * 7 + 3) % repoNames.length]]),
    );
  const bots = [actor('deploy-bot', repoNames.slice(0, 4)), actor('key-rotator', repoNames.slice(10, 17))];
  for (const bot of bots) addUser(b, bot.login, null, 'Bot');
  const travel = (i: number) => `198.51.100.${100 + (i % 100)}`;
  let travelCount = 0;

  for (let day = -HISTORY_DAYS; day < NIGHTS; day++) {
    // Everyday activity: clones and pull requests from each person's own address (their
    // contributions are what "the repositories they work in" means).
    for (const dev of developers) {
      if (rng.chance(0.5))
        push({
          atMs: at(day, rng.int(8, 18), rng.int(0, 59)),
          action: 'git.clone',
          actor: dev.login,
          repo: pick(dev.repos),
          ip: dev.ip,
        });
      if (rng.chance(0.15)) {
        const repo = pick(dev.repos);
        push({
          atMs: at(day, rng.int(9, 17), rng.int(0, 59)),
          action: 'pull_request.create',
          actor: dev.login,
          repo,
          ip: dev.ip,
        });
        b.org.contributions.push({
          login: dev.login,
          repo,
          kind: 'pull-request',
          occurred_at: isoAt(at(day, 12)),
          count: 1,
        });
      }
      // Travel: a clone from a hotel address; never a credential change.
      if (rng.chance(0.01))
        push({
          atMs: at(day, 20),
          action: 'git.clone',
          actor: dev.login,
          repo: pick(dev.repos),
          ip: travel(travelCount++),
        });
      // Developers update their own repositories' secrets now and then.
      if (rng.chance(1 / 25))
        push({
          atMs: at(day, rng.int(9, 17), rng.int(0, 59)),
          action: 'repo.update_actions_secret',
          actor: dev.login,
          repo: pick(dev.repos),
          ip: dev.ip,
          fields: { key: pick(['DEPLOY_TOKEN', 'NPM_TOKEN', 'SENTRY_DSN']) },
        });
    }
    for (const admin of admins)
      if (rng.chance(0.3))
        push({
          atMs: at(day, rng.int(8, 18)),
          action: 'org.update_member',
          actor: admin.login,
          ip: admin.ip,
        });
  }
  // Administrators rotate their organization secrets monthly (± 2 days).
  const orgSecrets: [Actor, string][] = [
    [admins[0], 'ORG_DEPLOY_TOKEN'],
    [admins[0], 'ORG_NPM_TOKEN'],
    [admins[1], 'ORG_SIGNING_KEY'],
  ];
  for (const [admin, name] of orgSecrets)
    for (let day = -HISTORY_DAYS + rng.int(0, 20); day < NIGHTS; day += 30 + rng.int(-2, 2))
      push({
        atMs: at(day, rng.int(9, 16), rng.int(0, 59)),
        action: 'org.update_actions_secret',
        actor: admin.login,
        ip: admin.ip,
        fields: { key: name },
      });
  // Bots replace their deploy keys on schedule: deploy-bot 4 every two weeks, key-rotator 7 every three.
  bots.forEach((bot, i) => {
    for (let day = -HISTORY_DAYS + i * 5; day < NIGHTS; day += i === 0 ? 14 : 21)
      bot.repos.forEach((repo, k) => {
        push({
          atMs: at(day, 2, k),
          action: 'public_key.delete',
          actor: bot.login,
          repo,
          ip: bot.ip,
          fields: { key_id: 5000 + day * 10 + k },
        });
        push({
          atMs: at(day, 2, k),
          action: 'public_key.create',
          actor: bot.login,
          repo,
          ip: bot.ip,
          fields: { key_id: 6000 + day * 10 + k },
        });
      });
  });

  // Offboardings: about one a week, all steps done by an administrator within hours.
  const planted: PlantedAnomaly[] = [];
  const trackingIssues: Replay['trackingIssues'] = [];
  const departures: { day: number; hour: number; skip?: boolean; slow?: boolean }[] = [];
  for (let day = -HISTORY_DAYS + 3; day < NIGHTS; day += 7 + rng.int(-1, 1))
    departures.push({ day, hour: rng.int(9, 15) });
  // The incidents: from day 34 deploy keys stop being removed (for the weekly departures until
  // day 48); from day 42 token revocation takes more than a week (until day 56). Each starts on a
  // day two people leave, so that most of the recent offboardings show it from the start.
  for (const [from, to, flag] of [
    [34, 48, 'skip'],
    [42, 56, 'slow'],
  ] as const) {
    const first = departures.find((d) => d.day >= from);
    if (first) departures.push({ day: first.day, hour: first.hour + 2 });
    for (const d of departures) if (d.day >= from && d.day <= to) d[flag] = true;
  }
  departures.sort((x, y) => x.day - y.day || x.hour - y.hour);
  const team = b.org.teams[0]?.slug ?? 'developers';
  let n = 0;
  for (const d of departures) {
    const login = `leaver-${String(++n).padStart(3, '0')}`;
    addUser(b, login, `Leaver ${n}`);
    const offMs = at(d.day, d.hour);
    const repo = repoNames[n % repoNames.length];
    const grantId = 70_000 + n;
    const keyId = 80_000 + n;
    const items: InventoryItem[] = [
      {
        kind: 'org-membership',
        resource: `org:${ORG_LOGIN}`,
        label: `Member of ${ORG_LOGIN}`,
        detail: { role: 'member' },
      },
      {
        kind: 'team-membership',
        resource: `team:${ORG_LOGIN}/${team}`,
        label: `Team ${team}`,
        detail: { team, role: 'member' },
      },
      {
        kind: 'repo-access',
        resource: `repo:${full(repo)}`,
        label: `${full(repo)}: write`,
        detail: { repo: full(repo), permission: 'write', outsideCollaborator: false },
      },
      {
        kind: 'pat',
        resource: `pat:${grantId}`,
        label: 'Fine-grained token laptop',
        detail: { grantId, tokenId: grantId + 1 },
      },
      {
        kind: 'deploy-key',
        resource: `deploy-key:${full(repo)}/${keyId}`,
        label: `Deploy key on ${full(repo)}`,
        detail: { repo: full(repo), keyId },
      },
    ];
    const admin = admins[n % 2];
    const after = (hours: number) => offMs + Math.round(hours * HOUR_MS);
    const noise = () => Math.exp(rng.int(-40, 40) / 100); // ×0.67 … ×1.5
    push({
      atMs: after(1 * noise()),
      action: 'org.remove_member',
      actor: admin.login,
      user: login,
      ip: admin.ip,
    });
    push({
      atMs: after(1.2 * noise()),
      action: 'team.remove_member',
      actor: admin.login,
      user: login,
      ip: admin.ip,
      fields: { team: `${ORG_LOGIN}/${team}` },
    });
    push({
      atMs: after(1.5 * noise()),
      action: 'repo.remove_member',
      actor: admin.login,
      user: login,
      repo,
      ip: admin.ip,
    });
    const tokenHours = d.slow ? 190 + rng.int(0, 40) : 4 * noise();
    push({
      atMs: after(tokenHours),
      action: 'personal_access_token.access_revoked',
      actor: admin.login,
      user: login,
      ip: admin.ip,
      fields: { pat_id: grantId, token_id: grantId + 1 },
    });
    if (!d.skip)
      push({
        atMs: after(6 * noise()),
        action: 'public_key.delete',
        actor: admin.login,
        repo,
        ip: admin.ip,
        fields: { key_id: keyId },
      });

    const state = initialTrackingState(
      {
        subject: login,
        organization: ORG_LOGIN,
        offboardedAt: isoAt(offMs),
        source: 'snapshot',
        builtAt: isoAt(offMs),
        items,
        emails: [],
        knownIps: [],
        gaps: [],
        limits: [],
      },
      REPLAY_JOURNEY,
      new Date(offMs),
    );
    const { title, body } = renderTrackingIssue(state);
    const id = b.ids.id('issue');
    trackingIssues.push({
      atMs: offMs,
      issue: {
        id,
        node_id: b.ids.nodeId('issue', id),
        number: 0,
        repo: ACTION_REPO_NAME,
        title,
        body,
        state: 'open',
        state_reason: null,
        labels: ['offboarding'],
        assignees: [],
        user: CAST.actionsBot,
        created_at: isoAt(offMs),
        updated_at: isoAt(offMs),
        closed_at: null,
        comments: [],
      },
    });
  }
  const firstOf = (test: (d: (typeof departures)[number]) => boolean | undefined) =>
    departures.find(test) as (typeof departures)[number];
  const skipStart = firstOf((d) => d.skip);
  planted.push({
    kind: 'step-skipped',
    onsetMs: at(skipStart.day, skipStart.hour),
    actor: null,
    events: [],
    step: 'remove-deploy-keys',
    why: 'deploy keys stop being removed from day 34',
  });
  const slowStart = firstOf((d) => d.slow);
  planted.push({
    kind: 'revocation-slowdown',
    onsetMs: at(slowStart.day, slowStart.hour),
    actor: null,
    events: [],
    step: 'revoke-tokens',
    why: 'token revocation takes 8 to 10 days from day 42',
  });

  // Credential anomalies, two of each kind, by different people.
  const plantChanges = (kind: AnomalyKind, who: string, specs: EventSpec[], why: string) => {
    const events = specs.map(push);
    planted.push({
      kind,
      onsetMs: Math.min(...specs.map((s) => s.atMs)),
      actor: who,
      events: events.map((e) => e._document_id),
      step: null,
      why,
    });
  };
  for (const [day, dev] of [
    [10, developers[3]],
    [27, developers[8]],
  ] as const)
    plantChanges(
      'credential-burst',
      dev.login,
      [0, 1, 1, 2, 3, 4].map((minute, k) => ({
        atMs: at(day, 14, minute),
        action: 'public_key.delete',
        actor: dev.login,
        repo: repoNames[(k * 5 + day) % repoNames.length],
        ip: dev.ip,
        fields: { key_id: 90_000 + day * 10 + k },
      })),
      `${dev.login} deletes 6 deploy keys in 4 minutes, never having deleted one`,
    );
  for (const [day, dev, ip] of [
    [18, developers[5], '198.51.100.7'],
    [52, developers[10], '198.51.100.8'],
  ] as const)
    plantChanges(
      'new-address',
      dev.login,
      [
        {
          atMs: at(day, 23, 40),
          action: 'repo.update_actions_secret',
          actor: dev.login,
          repo: dev.repos[0],
          ip,
          fields: { key: 'DEPLOY_TOKEN' },
        },
      ],
      `${dev.login} updates a secret of their own repository from ${ip}, never used before`,
    );
  for (const [day, dev, name] of [
    [24, developers[1], 'ORG_DEPLOY_TOKEN'],
    [45, developers[6], 'ORG_SIGNING_KEY'],
  ] as const)
    plantChanges(
      'org-secret-outside-circle',
      dev.login,
      [
        {
          atMs: at(day, 15, 10),
          action: 'org.update_actions_secret',
          actor: dev.login,
          ip: dev.ip,
          fields: { key: name },
        },
      ],
      `${dev.login} changes organization secret ${name}, usually rotated by an administrator`,
    );

  timeline.sort((x, y) => x['@timestamp'] - y['@timestamp'] || x._document_id.localeCompare(y._document_id));
  b.org.labels.push({
    id: b.ids.id('label'),
    repo: ACTION_REPO_NAME,
    name: 'offboarding',
    color: 'b60205',
    description: 'Offboarding tracking',
  });
  return {
    org: b.org,
    actionRepo: `${ORG_LOGIN}/${ACTION_REPO_NAME}`,
    startMs,
    nights: NIGHTS,
    timeline,
    trackingIssues,
    planted,
    quiet: { fromDay: 60, toDay: 89 },
    journey: REPLAY_JOURNEY,
  };
}

/** The organization as it is at `nowMs`: the events and tracking issues up to then. */
export function advanceTo(replay: Replay, nowMs: number): void {
  const org = replay.org;
  org.now = isoAt(nowMs);
  org.audit_log = replay.timeline.filter((event) => event['@timestamp'] <= nowMs);
  for (const { atMs, issue } of replay.trackingIssues) {
    if (atMs > nowMs || org.issues.includes(issue)) continue;
    issue.number = org.issues.length + 1;
    org.issues.push(issue);
  }
}
