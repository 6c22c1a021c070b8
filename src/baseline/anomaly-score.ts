// How unusual one episode of credential changes is for its actor: a score built from named
// signals, each with its explanation, so a finding can say why ("deleted 6 deploy keys in 4
// minutes; this actor's usual: none in 180 days; first change from 198.51.100.7"). A score of
// 1 or more is unusual. Where the baseline is too little data, the signal that needs it is not
// scored, and the result says so: the policy's floor is what judges then, never a guess.
import type { ActorBaseline, BaselineIndex, Episode } from './actor-baseline.js';
import { eventCountry, MIN_ADDRESS_EVENTS, MIN_EPISODES_FOR_RATE } from './actor-baseline.js';
import type { ChangeKind, CredentialChange } from './credential-change.js';
import { describeTarget, KIND_NOUNS } from './credential-change.js';
import { round2, upperFence } from './stats.js';

export const FIRING_SCORE = 1;

export type SignalName = 'burst' | 'new-kind' | 'out-of-scope' | 'new-address' | 'new-country';

export interface Signal {
  name: SignalName;
  weight: number;
  explanation: string;
}

export interface EpisodeScore {
  score: number;
  signals: Signal[];
  /** Baseline parts that were too little data, and what judged instead. */
  insufficient: string[];
  /** The largest number of changes inside one burst window, and the fence it was held against. */
  burst: { count: number; minutes: number; fence: number; fenceFrom: 'baseline' | 'policy' };
}

export interface BurstFloor {
  count: number;
  windowMinutes: number;
}

const ms = (iso: string) => new Date(iso).getTime();
const key = (text: string) => text.toLowerCase();

/** The most changes within any `windowMinutes` of the episode, and the minutes they span. */
export function densestWindow(
  changes: readonly CredentialChange[],
  windowMinutes: number,
): { count: number; minutes: number } {
  const times = changes.map((change) => ms(change.event.at)).sort((a, b) => a - b);
  let best = { count: 0, minutes: 0 };
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end] - times[start] > windowMinutes * 60_000) start++;
    const count = end - start + 1;
    if (count > best.count) best = { count, minutes: Math.round((times[end] - times[start]) / 60_000) };
  }
  return best;
}

function plural(count: number, [one, many]: [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "deleted 6 deploy keys", "updated 2 Actions secrets and deleted 1 deploy key" */
export function describeChanges(changes: readonly CredentialChange[]): string {
  const groups = new Map<string, { operation: string; kind: ChangeKind; count: number }>();
  for (const change of changes) {
    const id = `${change.operation}:${change.kind}`;
    const group = groups.get(id) ?? { operation: change.operation, kind: change.kind, count: 0 };
    group.count++;
    groups.set(id, group);
  }
  return [...groups.values()]
    .map((g) => `${g.operation === 'delete' ? 'deleted' : 'updated'} ${plural(g.count, KIND_NOUNS[g.kind])}`)
    .join(' and ');
}

function usualBursts(baseline: ActorBaseline): string {
  const days = Math.round(baseline.observedDays);
  if (baseline.changes === 0) return `none in ${days} days`;
  return `${plural(baseline.changes, ['change', 'changes'])} in ${days} days, at most ${baseline.largestBurst} at once`;
}

function burstSignal(
  episode: Episode,
  baseline: ActorBaseline,
  floor: BurstFloor,
): { signal: Signal | null; burst: EpisodeScore['burst']; insufficient: string | null } {
  const dense = densestWindow(episode.changes, floor.windowMinutes);
  const learned = baseline.burstSizes !== null && baseline.episodes >= MIN_EPISODES_FOR_RATE;
  const fence =
    learned && baseline.burstSizes
      ? Math.max(floor.count, Math.ceil(upperFence(baseline.burstSizes, 3)))
      : floor.count;
  const burst = {
    ...dense,
    fence,
    fenceFrom: learned && fence > floor.count ? ('baseline' as const) : ('policy' as const),
  };
  const insufficient = learned
    ? null
    : `burst size: ${baseline.episodes} earlier episodes of changes (${MIN_EPISODES_FOR_RATE} needed); the policy's burst-count ${floor.count} within ${floor.windowMinutes} minutes is the fence`;
  if (dense.count < fence || dense.count <= baseline.largestBurst)
    return { signal: null, burst, insufficient };
  return {
    signal: {
      name: 'burst',
      weight: round2(dense.count / fence),
      explanation: `${describeChanges(episode.changes)} in ${dense.minutes} minutes; this actor's usual: ${usualBursts(baseline)}`,
    },
    burst,
    insufficient,
  };
}

function outOfScope(
  change: CredentialChange,
  baseline: ActorBaseline,
  index: BaselineIndex,
  episode: Episode,
): { out: boolean; why: string } | null {
  const target = change.target;
  switch (target.kind) {
    case 'own':
      return { out: false, why: '' };
    case 'repository':
      // Contributions and admin grants are facts of the snapshot: judged even with a short history.
      return baseline.repos.has(key(target.repo))
        ? { out: false, why: '' }
        : { out: true, why: `${target.repo}, a repository they do not work in` };
    case 'org-secret': {
      if (!baseline.enoughHistory) return null;
      const circle = index.orgSecretCircle(target.name, episode);
      if (circle.has(key(episode.actor))) return { out: false, why: '' };
      // A secret nobody else changes is routine for whoever looks after organization secrets.
      if (circle.size === 0 && baseline.orgSecrets.size > 0) return { out: false, why: '' };
      const usual = [...circle].sort().slice(0, 3).join(', ');
      return { out: true, why: `${describeTarget(target)}, usually changed by ${usual || 'nobody'}` };
    }
    case 'person':
      if (!baseline.enoughHistory) return null;
      // Someone who routinely revokes other people's credentials (an administrator) is in scope.
      if (baseline.people.has(key(target.login)) || baseline.people.size >= 3) return { out: false, why: '' };
      return { out: true, why: describeTarget(target) };
  }
}

/** Score one episode of an actor's changes against that actor's baseline (the episode left out). */
export function scoreEpisode(
  episode: Episode,
  baseline: ActorBaseline,
  index: BaselineIndex,
  floor: BurstFloor,
): EpisodeScore {
  const signals: Signal[] = [];
  const insufficient: string[] = [];

  const burst = burstSignal(episode, baseline, floor);
  if (burst.signal) signals.push(burst.signal);
  if (burst.insufficient) insufficient.push(burst.insufficient);

  if (baseline.enoughHistory) {
    const fresh = [...new Set(episode.changes.map((c) => c.kind))].filter((kind) => !baseline.kinds[kind]);
    if (fresh.length > 0)
      signals.push({
        name: 'new-kind',
        weight: 0.5,
        explanation: `first change of ${fresh.map((kind) => KIND_NOUNS[kind][1]).join(' or ')} by this actor in ${Math.round(baseline.observedDays)} days`,
      });
  } else {
    insufficient.push(
      `history: ${Math.round(baseline.observedDays)} days of audit log; kinds and earlier changes are not judged`,
    );
  }

  const outside = new Map<string, string>();
  let scopeUnjudged = false;
  for (const change of episode.changes) {
    const verdict = outOfScope(change, baseline, index, episode);
    if (verdict === null) scopeUnjudged = true;
    else if (verdict.out) outside.set(verdict.why, verdict.why);
  }
  if (scopeUnjudged)
    insufficient.push(
      'scope: too little history to judge organization secrets and other people\u2019s credentials',
    );
  if (outside.size > 0) {
    const whys = [...outside.values()];
    signals.push({
      name: 'out-of-scope',
      weight: Math.min(2, 1 + 0.25 * (whys.length - 1)),
      explanation: `outside their usual scope: ${whys.slice(0, 3).join('; ')}${whys.length > 3 ? ` and ${whys.length - 3} more` : ''}`,
    });
  }

  const addresses = [
    ...new Set(episode.changes.map((c) => c.event.ip).filter((ip): ip is string => ip !== null)),
  ];
  if (addresses.length > 0) {
    if (!baseline.enoughAddresses) {
      insufficient.push(
        `addresses: ${baseline.addressEvents} earlier events with an address (${MIN_ADDRESS_EVENTS} needed); a new address is not judged`,
      );
    } else {
      const fresh = addresses.filter((ip) => !baseline.ips.has(ip));
      if (fresh.length > 0)
        signals.push({
          name: 'new-address',
          weight: 1,
          explanation: `first change from ${fresh.join(', ')}`,
        });
      const countries = [
        ...new Set(
          episode.changes.map((c) => eventCountry(c.event)).filter((code): code is string => code !== null),
        ),
      ];
      const newCountries =
        baseline.countries.size > 0 ? countries.filter((code) => !baseline.countries.has(code)) : [];
      if (newCountries.length > 0)
        signals.push({
          name: 'new-country',
          weight: 0.5,
          explanation: `first change from ${newCountries.join(', ')}`,
        });
    }
  }

  const score = round2(signals.reduce((sum, signal) => sum + signal.weight, 0));
  return { score, signals, insufficient, burst: burst.burst };
}

/** The baseline as it goes into a finding's evidence: plain JSON, small. */
export function baselineEvidence(baseline: ActorBaseline): Record<string, unknown> {
  return {
    observedDays: Math.round(baseline.observedDays),
    changes: baseline.changes,
    episodes: baseline.episodes,
    ratePerDay: round2(baseline.ratePerDay),
    largestBurst: baseline.largestBurst,
    medianBurst: baseline.burstSizes ? baseline.burstSizes.median : null,
    kinds: baseline.kinds,
    repositories: baseline.repos.size,
    knownAddresses: baseline.ips.size,
    countries: [...baseline.countries].sort(),
  };
}
