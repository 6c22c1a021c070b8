// npm run soak: many runs under faults, then one clean run; the organization's issues, tracking
// issues and stored state must equal those of the same sequence without faults. Prints what it
// compared. SOAK_ROUNDS (default 3) repeats the fault list per step; SOAK_SEED picks the scenario.
import { differences, FAULTS, runSequence, type Observed } from './soak/sequence.js';

const seed = Number(process.env.SOAK_SEED ?? 7);
const rounds = Math.max(1, Number(process.env.SOAK_ROUNDS ?? 3));
const log = (line: string) => console.log(line);

function describe(observed: Observed): string {
  return `${Object.keys(observed.openIssues).length} open issues, ${Object.keys(observed.trackingIssues).length} tracking issues, ${Object.keys(observed.state).length} state files, ${observed.runs} runs`;
}

const started = Date.now();
console.log(`Reference sequence (seed ${seed}, no faults):`);
const reference = await runSequence({ seed, faults: [], log });
const faults = Array.from({ length: rounds }, () => [...FAULTS]).flat();
console.log(`\nSequence with faults (each step ${faults.length} times: ${FAULTS.join(', ')}):`);
const faulty = await runSequence({ seed, faults, log });

console.log('\nCompared (after the same clean audit and scheduled post):');
console.log(`  reference:   ${describe(reference)}`);
console.log(`  with faults: ${describe(faulty)} (${faulty.closedIssues} issues closed along the way)`);
console.log('  open issues: key, title, state and content hash (body and labels, without the run footer)');
console.log('  tracking issues: key, title, state and content hash, open and closed');
console.log(
  '  state files: every file on the state branch but the issue lock and ETag shards; without `runs` (one entry per run that stored) and `etags`',
);
const found = differences(reference, faulty);
if (found.length > 0) {
  console.log(`\nFAILED: ${found.length} difference(s):`);
  for (const line of found) console.log(`  ${line}`);
  process.exitCode = 1;
} else {
  console.log(`\nPASSED: identical (${Math.round((Date.now() - started) / 1000)} s).`);
}
