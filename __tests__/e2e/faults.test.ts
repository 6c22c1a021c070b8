// The bounded fault-injection suite (the long one is `npm run soak`): an audit and an
// offboarding's pre, each run again under a 5xx burst, a secondary limit, a failing state read
// and two runs at once (dropped connections and more rounds are in the soak), then clean runs.
// The repository's open issues, tracking issues and stored state equal those of the same runs
// without faults.
import { describe, expect, it } from '@jest/globals';
import { differences, runSequence } from '../../scripts/soak/sequence.js';

describe('faults, then a clean run', () => {
  it('ends where a fault-free sequence ends: nothing lost, nothing duplicated', async () => {
    const reference = await runSequence({ seed: 3, faults: [], short: true });
    const faulty = await runSequence({
      seed: 3,
      faults: ['5xx', 'secondary', 'state-read', 'concurrent'],
      short: true,
    });
    expect(Object.keys(reference.openIssues).length).toBeGreaterThan(0);
    expect(Object.keys(reference.trackingIssues)).toHaveLength(1);
    expect(Object.keys(reference.state).length).toBeGreaterThan(0);
    expect(faulty.runs).toBeGreaterThan(reference.runs);
    expect(differences(reference, faulty)).toEqual([]);
  }, 600_000);
});
