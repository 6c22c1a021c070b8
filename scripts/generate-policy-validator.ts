// Writes src/policy/policy-validator.generated.js, the policy schema compiled ahead of time
// (npx tsx scripts/generate-policy-validator.ts). Run it after changing the rule catalogue or the
// schema; a unit test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { POLICY_VALIDATOR_FILE, policyValidatorCode } from './policy-validator-code.js';

const target = fileURLToPath(new URL(`../${POLICY_VALIDATOR_FILE}`, import.meta.url));
writeFileSync(target, policyValidatorCode());
console.log(`wrote ${target}`);
