// The tracking issue: one per offboarded person, the only state an offboarding keeps between
// runs. People read the checklist and tick manual steps; the action reads two hidden blocks:
//   line 1: <!-- offboarding-sentinel:tracking {"v":1,"subject":"…","offboardedAt":"…"} -->
//           (audit mode reads only this, to know who was offboarded and when)
//   last:   <!-- offboarding-sentinel:state <base64> --> the full TrackingState, base64 so no
//           text from the organization can close the comment early.
// Everything from the organization is escaped (src/markdown.ts) before it becomes Markdown.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { escapeMarkdown } from '../markdown.js';
import type { OffboardedPerson } from '../model.js';
import type { OffboardingMetrics } from './metrics.js';
import type { RemediationResult } from './remediation.js';
import type { TrackingState } from './tracking-state.js';
import type { InventoryKind, ItemStatus, StepStatus } from './types.js';
import { upgradePatIds } from './pat-ids.js';
import { loginKey } from '../identity.js';

import { trackingStateProblem, type TrackingRead } from './tracking-state.js';

export type { TrackingRead, TrackingState } from './tracking-state.js';
export { initialTrackingState, nextTrackingState, nothingLeft } from './tracking-state.js';

export const TRACKING_MARKER = '<!-- offboarding-sentinel:tracking ';
export const STATE_MARKER = '<!-- offboarding-sentinel:state ';
/** GitHub rejects issue bodies over 65,536 characters; keep a margin. */
export const MAX_BODY = 65_000;
const MAX_LINES_PER_GROUP = 100;

const GROUPS: { kinds: InventoryKind[]; title: string }[] = [
  { kinds: ['org-membership'], title: 'Organization membership' },
  { kinds: ['team-membership'], title: 'Teams' },
  { kinds: ['repo-access'], title: 'Repository access (direct and outside collaborator)' },
  { kinds: ['invitation'], title: 'Pending invitations' },
  { kinds: ['pat', 'credential'], title: 'Tokens and SSO credential authorizations' },
  { kinds: ['deploy-key'], title: 'Deploy keys they added' },
  { kinds: ['enterprise-membership'], title: 'Enterprise membership and roles' },
  { kinds: ['copilot-seat'], title: 'Copilot seats' },
];

/** JSON that cannot end an HTML comment or start a tag. */
function commentSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** Step ids come from policy files; percent-encode them so `-->` cannot appear. */
function stepMarker(id: string): string {
  return `<!-- step:${encodeURIComponent(id)} -->`;
}

const PLAIN_LOGIN = /^[A-Za-z0-9-]+(\[bot\])?$/;

export function trackingTitle(login: string): string {
  return `Offboarding: ${PLAIN_LOGIN.test(login) ? login : escapeMarkdown(login, 100)}`;
}

/** A time for people, `2026-11-27 03:00 UTC`; our own formatting of a parsed date needs no escaping. */
function time(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return escapeMarkdown(at);
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function when(at: string | null, by: string | null): string {
  if (!at && !by) return '';
  return ` ${at ? time(at) : '(time unknown)'}${by ? ` by ${escapeMarkdown(by, 100)}` : ''}`;
}

/** `verified`: a `post` has compared; before it (right after `pre`) nothing is "still" anything. */
function itemLine(item: ItemStatus, verified: boolean): string {
  const label = escapeMarkdown(item.label);
  const isNew = item.new ? ' _(new since the inventory)_' : '';
  switch (item.status) {
    case 'revoked':
      return `- [x] ${label}${isNew} — revoked${when(item.at, item.by)}`;
    case 'rotated':
      return `- [x] ${label}${isNew} — rotated${when(item.at, item.by)}`;
    case 'retained':
      return verified ? `- [ ] ${label}${isNew} — **still present**` : `- [ ] ${label} — to remove`;
    case 'unknown':
      return `- [ ] ${label}${isNew} — could not be checked${item.reason ? `: ${escapeMarkdown(item.reason)}` : ''}`;
  }
}

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_LINES_PER_GROUP) return lines;
  return [
    ...lines.slice(0, MAX_LINES_PER_GROUP),
    `- … and ${lines.length - MAX_LINES_PER_GROUP} more (see the JSON report)`,
  ];
}

function stepLine(step: StepStatus): string {
  const title = escapeMarkdown(step.title);
  const due = `due ${time(step.dueAt)}`;
  if (step.check === 'manual') {
    const state =
      step.status === 'done'
        ? ''
        : step.status === 'missing'
          ? ` — **missed**, ${due}`
          : ` — ${due}; tick when done`;
    return `- [${step.status === 'done' ? 'x' : ' '}] ${title}${state} ${stepMarker(step.id)}`;
  }
  // GitHub-checked steps are not checkboxes: ticking them would change nothing.
  const icon = { done: '✅', pending: '⏳', missing: '❌', unknown: '❔' }[step.status];
  const state =
    step.status === 'done'
      ? `done${step.doneAt ? ` ${time(step.doneAt)}` : ''}`
      : step.status === 'unknown'
        ? 'could not be checked'
        : step.status === 'missing'
          ? `**missed**, ${due}`
          : due;
  return `- ${icon} ${title} — ${state} (checked on GitHub)`;
}

function remediationLines(log: readonly RemediationResult[]): string[] {
  if (log.length === 0) return ['_No automatic remediation ran._'];
  return log.map((result) => {
    const outcome = result.ok
      ? `done (HTTP ${result.status ?? '?'})`
      : result.refused
        ? `**not done**, ${escapeMarkdown(result.error ?? 'refused')}`
        : `**failed**: ${escapeMarkdown(result.error ?? 'unknown error')}`;
    return `- ${time(result.at)}: ${escapeMarkdown(result.action.description)} — ${outcome}`;
  });
}

function metricsLines(metrics: OffboardingMetrics | null): string[] {
  if (!metrics) return ['_Not verified yet: the `post` phase fills this in._'];
  return [
    `- Steps done: ${metrics.stepsDone} of ${metrics.stepsExpected}; missed: ${metrics.stepsMissing}; pending: ${metrics.stepsPending}`,
    `- Items revoked: ${metrics.itemsRevoked} of ${metrics.itemsTotal}; still present: ${metrics.itemsRetained}; not checkable: ${metrics.itemsUnknown}`,
    `- Hours from offboarding to the last revocation: ${metrics.hoursToFullRevocation ?? 'not yet known'}`,
    `- Tokens still active 24 hours after offboarding: ${metrics.tokensActiveAfter24h}`,
  ];
}

function encodeState(state: TrackingState, compress: boolean): string {
  const json = Buffer.from(JSON.stringify(state), 'utf8');
  return compress ? `deflate:${deflateRawSync(json).toString('base64')}` : json.toString('base64');
}

export function renderTrackingIssue(state: TrackingState): { title: string; body: string } {
  const marker = `${TRACKING_MARKER}${commentSafeJson({ v: 1, subject: state.subject, offboardedAt: state.offboardedAt })} -->`;
  const items = state.items;
  const left = items.filter((item) => item.status === 'retained').length;
  const verified = state.metrics !== null;
  const line = (item: ItemStatus) => itemLine(item, verified);
  const plural = (n: number) => `${n} item${n === 1 ? '' : 's'}`;
  const headline = !verified
    ? `**${plural(left)} to remove.** The \`post\` phase checks each one after access is removed.`
    : left === 0
      ? '**Nothing is left.**'
      : `**${plural(left)} still present.**`;
  const lines: string[] = [
    marker,
    `## Offboarding of ${escapeMarkdown(state.subject, 100)} in ${escapeMarkdown(state.organization, 100)}`,
    '',
    `Offboarded at **${time(state.offboardedAt)}**. Inventory ${
      state.inventory.source === 'snapshot'
        ? `collected ${time(state.inventory.builtAt)} (before access was removed)`
        : 'reconstructed from the audit log (no `pre` phase ran)'
    }. Last checked ${time(state.updatedAt)}.`,
    '',
    headline,
  ];
  for (const group of GROUPS) {
    const groupItems = items.filter((item) => group.kinds.includes(item.kind));
    if (groupItems.length === 0) continue;
    lines.push('', `### ${group.title}`, '', ...capped(groupItems.map(line)));
  }
  const secrets = items.filter((item) => item.kind === 'secret');
  lines.push('', '### Secrets to rotate', '');
  lines.push(...(secrets.length === 0 ? ['_None known._'] : capped(secrets.map(line))));
  lines.push(
    '',
    '### Journey',
    '',
    ...(state.steps.length === 0 ? ['_The policy defines no journey._'] : state.steps.map(stepLine)),
  );
  lines.push('', '### Remediation log', '', ...capped(remediationLines(state.remediation)));
  lines.push('', '### Metrics', '', ...metricsLines(state.metrics));
  const notes = [
    ...state.inventory.limits.map((limit) => `- ${escapeMarkdown(limit)}`),
    ...state.inventory.gaps.map(
      (gap) => `- Could not read ${escapeMarkdown(gap.resource)}: ${escapeMarkdown(gap.reason)}`,
    ),
  ];
  if (notes.length > 0) lines.push('', '### Limits of this inventory', '', ...capped(notes));
  const human = lines.join('\n');

  let block = `${STATE_MARKER}${encodeState(state, false)} -->`;
  if (human.length + block.length + 2 > MAX_BODY) block = `${STATE_MARKER}${encodeState(state, true)} -->`;
  return { title: trackingTitle(state.subject), body: `${human}\n\n${block}\n` };
}

/** `{ v, subject, offboardedAt }` from the first line, or null when it is not a tracking issue. */
export function parseTrackingMarker(body: string | null): { subject: string; offboardedAt: string } | null {
  if (!body) return null;
  const firstLine = body.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  if (!firstLine.startsWith(TRACKING_MARKER) || !firstLine.endsWith(' -->')) return null;
  try {
    const parsed = JSON.parse(firstLine.slice(TRACKING_MARKER.length, -' -->'.length)) as Record<
      string,
      unknown
    >;
    const { v, subject, offboardedAt } = parsed;
    if (v !== 1 || typeof subject !== 'string' || typeof offboardedAt !== 'string') return null;
    if (Number.isNaN(new Date(offboardedAt).getTime())) return null;
    return { subject, offboardedAt };
  } catch {
    return null;
  }
}

function decodeState(encoded: string): unknown {
  const compressed = encoded.startsWith('deflate:');
  const bytes = Buffer.from(compressed ? encoded.slice('deflate:'.length) : encoded, 'base64');
  return JSON.parse((compressed ? inflateRawSync(bytes) : bytes).toString('utf8'));
}

/** Manual-step checkboxes as a person left them: id → ticked. */
export function tickedSteps(body: string): Map<string, boolean> {
  const ticks = new Map<string, boolean>();
  for (const match of body.matchAll(/^\s*[-*] \[([ xX])\] .*<!-- step:([^\s>]+) -->\s*$/gm)) {
    try {
      ticks.set(decodeURIComponent(match[2]), match[1] !== ' ');
    } catch {
      // A hand-mangled marker names no step we know.
    }
  }
  return ticks;
}

/**
 * The state stored in a tracking issue, with manual steps as the checkboxes now show them;
 * null when the body is not a tracking issue or its state cannot be read (`readTrackingIssue`
 * tells those two apart).
 */
export function parseTrackingIssue(body: string): TrackingState | null {
  const read = readTrackingIssue(body);
  return read.kind === 'state' ? read.state : null;
}

/**
 * What a tracking issue holds: not a tracking issue at all, a state, or a tracking issue whose
 * hidden state is missing or damaged — which is never taken for "no inventory": the caller
 * reports it and leaves the issue alone (see tracking-state.ts).
 */
export function readTrackingIssue(body: string): TrackingRead {
  const marker = parseTrackingMarker(body);
  if (!marker) return { kind: 'none' };
  const damaged = (reason: string): TrackingRead => ({ kind: 'damaged', subject: marker.subject, reason });
  const match = /<!-- offboarding-sentinel:state ((?:deflate:)?[A-Za-z0-9+/=]+) -->/.exec(body);
  if (!match) return damaged('the hidden state block (`<!-- offboarding-sentinel:state … -->`) is missing or altered');
  let decoded: unknown;
  try {
    decoded = decodeState(match[1]);
  } catch (error) {
    return damaged(`the hidden state block cannot be decoded (${error instanceof Error ? error.message : String(error)})`);
  }
  const problem = trackingStateProblem(decoded, marker.subject);
  if (problem) return damaged(problem);
  const state = decoded as TrackingState;
  const done = new Set(Array.isArray(state.manualStepsDone) ? state.manualStepsDone : []);
  for (const [id, ticked] of tickedSteps(body)) {
    if (!state.steps.some((step) => step.id === id && step.check === 'manual')) continue;
    if (ticked) done.add(id);
    else done.delete(id);
  }
  return { kind: 'state', state: upgradePatIds({ ...state, offboardedAt: marker.offboardedAt, manualStepsDone: [...done] }) };
}

/**
 * Who was offboarded and when, from tracking issues (open or closed), for the audit-mode
 * anomaly rules. A person offboarded twice (re-hired) counts from the latest offboarding.
 */
export function readOffboardedPeople(issues: readonly { body: string | null }[]): OffboardedPerson[] {
  const people = new Map<string, OffboardedPerson>();
  for (const issue of issues) {
    const marker = parseTrackingMarker(issue.body);
    if (!marker) continue;
    const state = issue.body ? parseTrackingIssue(issue.body) : null;
    const ips = Array.isArray(state?.inventory.knownIps)
      ? state.inventory.knownIps.filter((ip) => typeof ip === 'string')
      : [];
    const key = loginKey(marker.subject);
    const known = people.get(key);
    const offboardedAt =
      known && new Date(known.offboardedAt).getTime() > new Date(marker.offboardedAt).getTime()
        ? known.offboardedAt
        : marker.offboardedAt;
    // The latest offboarding's record is the one the journey baselines learn from.
    const latest = !known || offboardedAt === marker.offboardedAt;
    const inventory =
      latest && Array.isArray(state?.inventory.items) ? state.inventory.items : known?.inventory;
    const emails = latest && Array.isArray(state?.inventory.emails) ? state.inventory.emails : known?.emails;
    const steps =
      latest && Array.isArray(state?.steps)
        ? state.steps.map(({ id, status, doneAt }) => ({ id, status, doneAt }))
        : known?.steps;
    people.set(key, {
      login: known?.login ?? marker.subject,
      offboardedAt: new Date(offboardedAt).toISOString(),
      knownIps: [...new Set([...(known?.knownIps ?? []), ...ips])].sort(),
      ...(inventory ? { inventory } : {}),
      ...(emails ? { emails } : {}),
      ...(steps ? { steps } : {}),
    });
  }
  return [...people.values()];
}
