// Which parts of the organization the collectors could not read, as the rules need to know it.
// A rule that decides from the ABSENCE of something (no activity, no contribution) must stay
// silent where the data was not read; the gap itself is reported by `audit-coverage-gap`.
// Whether a gap hides something is decided by src/coverage/covers.ts, for rules as for every
// other reader.
import { coveringGap, type CoveredItem } from '../coverage/covers.js';
import type { Snapshot } from '../model.js';
import { DAY_MS } from './time.js';

/** True when some coverage gap hides `item` in this snapshot. */
export function hidden(snapshot: Snapshot, item: Omit<CoveredItem, 'org'>): boolean {
  return coveringGap(snapshot.coverage, { ...item, org: snapshot.organization }) !== null;
}

/** True when every activity source (contributions and audit log) was read for this person. */
export function activityReadFor(snapshot: Snapshot, login: string): boolean {
  return !hidden(snapshot, { kind: 'person-activity', subject: login });
}

/** True when contributions of `login` to `repo` were read. */
export function contributionsReadFor(snapshot: Snapshot, login: string, repo: string): boolean {
  return !hidden(snapshot, { kind: 'repo-contributions', subject: login, repo });
}

/**
 * True when the activity window reaches back at least `days` days before `now`, so that
 * "nothing in the last `days` days" is knowledge rather than absence of reading.
 */
export function windowCovers(snapshot: Snapshot, days: number, now: Date): boolean {
  const window = snapshot.activityWindow;
  if (!window) return false;
  const since = now.getTime() - days * DAY_MS;
  return new Date(window.from).getTime() <= since && new Date(window.to).getTime() >= since;
}
