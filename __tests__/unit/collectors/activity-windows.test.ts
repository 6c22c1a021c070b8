import { describe, expect, it } from '@jest/globals';
import { activityWindows, ContributionLedger } from '../../../src/collectors/collect-activity.js';

describe('activityWindows', () => {
  const now = new Date('2026-11-27T03:00:00Z');

  it('covers the whole window, newest first, in pieces no longer than asked', () => {
    const windows = activityWindows(now, 180, 30);
    expect(windows).toHaveLength(6);
    expect(windows[0].to).toEqual(now);
    expect(windows.at(-1)!.from).toEqual(new Date(now.getTime() - 180 * 86_400_000));
    for (const w of windows) expect(w.to.getTime() - w.from.getTime()).toBeLessThanOrEqual(30 * 86_400_000);
  });

  it('never asks GitHub for more than one year at once', () => {
    const windows = activityWindows(now, 800, 10_000);
    expect(windows).toHaveLength(3);
    for (const w of windows) expect(w.to.getTime() - w.from.getTime()).toBeLessThanOrEqual(365 * 86_400_000);
  });
});

describe('ContributionLedger', () => {
  it('keeps the latest date per person, repository and kind', () => {
    const ledger = new ContributionLedger();
    ledger.note('bob', 'acme/api', 'commit', '2026-10-01T00:00:00Z');
    ledger.note('bob', 'acme/api', 'commit', '2026-11-01T00:00:00Z');
    ledger.note('bob', 'acme/api', 'commit', '2026-09-01T00:00:00Z');
    ledger.note('bob', 'acme/api', 'review', '2026-08-01T00:00:00Z');
    expect(ledger.contributions).toEqual([
      { login: 'bob', repo: 'acme/api', kind: 'commit', lastAt: '2026-11-01T00:00:00Z' },
      { login: 'bob', repo: 'acme/api', kind: 'review', lastAt: '2026-08-01T00:00:00Z' },
    ]);
  });
});
