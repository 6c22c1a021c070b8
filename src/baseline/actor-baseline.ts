// Each actor's normal, learned from the audit log and the snapshot: how often they change
// credentials (per active day, and their largest bursts), which kinds, where (the repositories
// they work in: contributions, admin grants, earlier changes), and from which addresses.
//
// A change is judged against the actor's other episodes, never against itself: an episode (a
// run of changes with no pause longer than the burst window) is left out of the baseline it is
// judged by, so a one-off burst cannot make itself normal while monthly rotations stay routine
// from the first run. Addresses are causal: "an address the actor never used" means before the
// change, so an attacker's address does not become normal by being used again.
import type { AuditEvent, Contribution, Grant } from '../model.js';
import type { ChangeKind, CredentialChange } from './credential-change.js';
import { credentialChange } from './credential-change.js';
import { robustSummary, type RobustSummary } from './stats.js';

const DAY_MS = 86_400_000;

/** Below these, a baseline is too little data and the policy's values are used instead. */
export const MIN_OBSERVED_DAYS = 30;
export const MIN_ADDRESS_EVENTS = 3;
export const MIN_EPISODES_FOR_RATE = 3;

export interface Episode {
  actor: string;
  changes: CredentialChange[];
  start: string;
  end: string;
}

/** What feedback (a `false-positive` / `accepted-risk` verdict on a learned anomaly) adds to an actor's normal. */
export interface BaselineExtension {
  repos: string[];
  orgSecrets: string[];
  people: string[];
  ips: string[];
  kinds: ChangeKind[];
  largestBurst: number;
}

export interface ActorBaseline {
  actor: string;
  /** Days of audit log the baseline rests on. */
  observedDays: number;
  /** Changes outside the judged episode. */
  changes: number;
  episodes: number;
  /** Changes per day over the observed span. */
  ratePerDay: number;
  /** Changes per episode, over the other episodes; null when there are none. */
  burstSizes: RobustSummary | null;
  largestBurst: number;
  kinds: Partial<Record<ChangeKind, number>>;
  /** Lower-case `owner/name`: contributions, admin grants and earlier changes. */
  repos: Set<string>;
  orgSecrets: Set<string>;
  /** Other people whose credentials this actor changed. */
  people: Set<string>;
  /** Addresses used before the judged episode (any audit event), and how many events carried one. */
  ips: Set<string>;
  addressEvents: number;
  countries: Set<string>;
  /** The actor's history is long enough to judge rate, kinds and scope from changes. */
  enoughHistory: boolean;
  /** Enough earlier events with an address to call an address new. */
  enoughAddresses: boolean;
}

export interface OrganizationActivity {
  /** Every audit event read, any action. */
  events: readonly AuditEvent[];
  contributions: readonly Contribution[];
  grants: readonly Grant[];
  /** The span the audit log covers. */
  window: { from: string; to: string };
  burstWindowMinutes: number;
  extensions?: Readonly<Record<string, BaselineExtension>>;
}

const key = (text: string) => text.toLowerCase();
const ms = (iso: string) => new Date(iso).getTime();

/** Changes by one actor, grouped into episodes: no two consecutive changes further apart than the window. */
export function episodesOf(changes: readonly CredentialChange[], windowMinutes: number): Episode[] {
  const byActor = new Map<string, CredentialChange[]>();
  for (const change of changes) {
    const actor = change.event.actor;
    if (actor === null) continue; // an unknown actor is not "one actor"
    byActor.set(key(actor), [...(byActor.get(key(actor)) ?? []), change]);
  }
  const episodes: Episode[] = [];
  const gap = windowMinutes * 60_000;
  for (const list of byActor.values()) {
    const ordered = [...list].sort(
      (a, b) => ms(a.event.at) - ms(b.event.at) || a.event.id.localeCompare(b.event.id),
    );
    let current: CredentialChange[] = [];
    for (const change of ordered) {
      if (current.length > 0 && ms(change.event.at) - ms(current[current.length - 1].event.at) > gap) {
        episodes.push(toEpisode(current));
        current = [];
      }
      current.push(change);
    }
    if (current.length > 0) episodes.push(toEpisode(current));
  }
  return episodes.sort((a, b) => ms(a.start) - ms(b.start) || a.actor.localeCompare(b.actor));
}

function toEpisode(changes: CredentialChange[]): Episode {
  return {
    actor: changes[0].event.actor as string,
    changes,
    start: changes[0].event.at,
    end: changes[changes.length - 1].event.at,
  };
}

/** Every credential change among the events, oldest first. */
export function credentialChanges(events: readonly AuditEvent[]): CredentialChange[] {
  return events
    .map(credentialChange)
    .filter((change): change is CredentialChange => change !== null)
    .sort((a, b) => ms(a.event.at) - ms(b.event.at));
}

function country(event: AuditEvent): string | null {
  const location = event.fields.actor_location;
  if (typeof location !== 'object' || location === null) return null;
  const code = (location as Record<string, unknown>).country_code;
  return typeof code === 'string' && code !== '' ? code : null;
}

/** Precomputed per organization, so judging many episodes stays linear in the audit log. */
export class BaselineIndex {
  readonly episodes: Episode[];
  private readonly byActor = new Map<string, Episode[]>();
  private readonly workRepos = new Map<string, Set<string>>();
  private readonly addressed = new Map<string, AuditEvent[]>();

  constructor(
    readonly activity: OrganizationActivity,
    changes: readonly CredentialChange[] = credentialChanges(activity.events),
  ) {
    this.episodes = episodesOf(changes, activity.burstWindowMinutes);
    for (const episode of this.episodes) {
      const actor = key(episode.actor);
      this.byActor.set(actor, [...(this.byActor.get(actor) ?? []), episode]);
    }
    const addRepo = (login: string, repo: string) => {
      const set = this.workRepos.get(key(login)) ?? new Set<string>();
      set.add(key(repo));
      this.workRepos.set(key(login), set);
    };
    for (const contribution of activity.contributions) addRepo(contribution.login, contribution.repo);
    for (const grant of activity.grants) if (grant.permission === 'admin') addRepo(grant.login, grant.repo);
    for (const event of [...activity.events].sort((a, b) => ms(a.at) - ms(b.at))) {
      if (event.actor === null || event.ip === null) continue;
      const list = this.addressed.get(key(event.actor)) ?? [];
      list.push(event);
      this.addressed.set(key(event.actor), list);
    }
  }

  /** Actors whose changes are in the log. */
  actors(): string[] {
    return [...new Set(this.episodes.map((e) => e.actor))];
  }

  /** Who else changed this organization secret (its usual circle), outside `exclude`. */
  orgSecretCircle(name: string, exclude: Episode | null): Set<string> {
    const circle = new Set<string>();
    for (const episode of this.episodes) {
      if (episode === exclude) continue;
      for (const change of episode.changes)
        if (change.target.kind === 'org-secret' && change.target.name === name)
          circle.add(key(episode.actor));
    }
    return circle;
  }

  /** The actor's normal as seen from `exclude` (left out), or over everything when null. */
  baselineFor(actor: string, exclude: Episode | null): ActorBaseline {
    const { window, extensions } = this.activity;
    const others = (this.byActor.get(key(actor)) ?? []).filter((episode) => episode !== exclude);
    const observedDays = Math.max(0, (ms(window.to) - ms(window.from)) / DAY_MS);
    const extension = extensions?.[key(actor)];
    const kinds: Partial<Record<ChangeKind, number>> = {};
    const repos = new Set(this.workRepos.get(key(actor)) ?? []);
    const orgSecrets = new Set<string>();
    const people = new Set<string>();
    let changes = 0;
    for (const episode of others) {
      for (const change of episode.changes) {
        changes++;
        kinds[change.kind] = (kinds[change.kind] ?? 0) + 1;
        const target = change.target;
        if (target.kind === 'repository') repos.add(key(target.repo));
        if (target.kind === 'org-secret') orgSecrets.add(target.name);
        if (target.kind === 'person') people.add(key(target.login));
      }
    }
    for (const kind of extension?.kinds ?? []) kinds[kind] = (kinds[kind] ?? 0) + 1;
    for (const repo of extension?.repos ?? []) repos.add(key(repo));
    for (const name of extension?.orgSecrets ?? []) orgSecrets.add(name);
    for (const login of extension?.people ?? []) people.add(key(login));

    const before = exclude ? ms(exclude.start) : Number.POSITIVE_INFINITY;
    const earlier = (this.addressed.get(key(actor)) ?? []).filter((event) => ms(event.at) < before);
    const ips = new Set([...earlier.map((event) => event.ip as string), ...(extension?.ips ?? [])]);
    const countries = new Set(earlier.map(country).filter((code): code is string => code !== null));
    const sizes = others.map((episode) => episode.changes.length);
    return {
      actor,
      observedDays,
      changes,
      episodes: others.length,
      ratePerDay: observedDays > 0 ? changes / observedDays : 0,
      burstSizes: robustSummary(sizes),
      largestBurst: Math.max(0, extension?.largestBurst ?? 0, ...sizes),
      kinds,
      repos,
      orgSecrets,
      people,
      ips,
      addressEvents: earlier.length + (extension?.ips.length ?? 0),
      countries,
      enoughHistory: observedDays >= MIN_OBSERVED_DAYS,
      enoughAddresses: earlier.length + (extension?.ips.length ?? 0) >= MIN_ADDRESS_EVENTS,
    };
  }
}

/** The country an event came from, where the audit log says. */
export { country as eventCountry };
