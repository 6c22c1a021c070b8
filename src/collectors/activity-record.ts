// Incremental activity: after a complete read, the state keeps each member's latest
// contributions (per repository and kind, as the rules judge them), so the next night asks
// GitHub only about the span since then. A date read then is still the latest unless the
// presence read of [last run, now] shows something newer, which replaces it. People without a
// record (new members), with a record older than the re-validation cycle, or in tonight's
// rolling share (the same share as the per-repository deltas) are read in full. Pure.
import type { ContributionKind } from '../model.js';
import { inRollingSlice, REVALIDATION_NIGHTS } from './delta-plan.js';
import { DAY_MS } from '../rules/time.js';

/**
 * One stored contribution: repository, kind, latest date, and, when that date is known only to
 * lie in a presence window, the window's start (the date is its end). Tuples keep the state small.
 */
export type StoredContribution = [repo: string, kind: ContributionKind, lastAt: string, from?: string];

export interface PersonActivity {
  /** When this person's activity was last read over the whole window (re-validation). */
  v: string;
  /** Their latest contributions in the window then; empty: none in the window. */
  c: StoredContribution[];
}

export interface ActivityRecord {
  /** The end of the complete read this record is as of (the run's time). */
  at: string;
  /** The start of the window it covers: a wider window tonight cannot rely on it. */
  from: string;
  /** By login as GitHub spells it. */
  people: Record<string, PersonActivity>;
}

/** Why a stored record cannot serve tonight, or null when it can. */
export function unusableRecord(record: ActivityRecord | undefined, now: Date, windowFrom: Date): string | null {
  if (!record || typeof record.at !== 'string' || typeof record.people !== 'object' || record.people === null) {
    return 'no complete activity read stored';
  }
  const at = Date.parse(record.at);
  if (!Number.isFinite(at) || at >= now.getTime()) return 'the stored activity read is not earlier than this run';
  if (now.getTime() - at > REVALIDATION_NIGHTS * DAY_MS) return 'the stored activity read is older than the re-validation cycle';
  if (!(Date.parse(record.from) <= windowFrom.getTime())) return 'the stored activity read covers a shorter window';
  return null;
}

/** Whether tonight reads this person's activity over the whole window (no delta). */
export function needsFullRead(person: PersonActivity | undefined, login: string, now: Date): boolean {
  if (!person || typeof person.v !== 'string' || !Array.isArray(person.c)) return true;
  if (now.getTime() - Date.parse(person.v) >= REVALIDATION_NIGHTS * DAY_MS) return true;
  return inRollingSlice(`person:${login}`, now);
}

/**
 * What of a stored person still holds tonight: contributions older than the window drop out
 * (a full read would not see them). `uncertain` when a stored date known only to lie in a
 * window could fall on either side of the window's start: then the person is read in full.
 */
export function carriedContributions(
  person: PersonActivity,
  windowFrom: Date,
): { contributions: StoredContribution[]; uncertain: boolean } {
  const start = windowFrom.toISOString();
  const contributions: StoredContribution[] = [];
  let uncertain = false;
  for (const entry of person.c) {
    const [, , lastAt, from] = entry;
    if (lastAt < start) continue;
    if (from !== undefined && from < start) uncertain = true;
    else contributions.push(entry);
  }
  return { contributions, uncertain };
}
