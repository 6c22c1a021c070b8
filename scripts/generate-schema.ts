// Writes schema/policy.schema.json from the rule catalogue (npx tsx scripts/generate-schema.ts),
// and with it the same schema compiled ahead of time (src/policy/policy-validator.generated.js,
// also written alone by scripts/generate-policy-validator.ts). Both are committed — the schema
// so editors can validate policy files — and a unit test fails when either is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { policySchemaText } from '../src/policy/schema-build.js';
import { POLICY_VALIDATOR_FILE, policyValidatorCode } from './policy-validator-code.js';

for (const [file, text] of [
  ['schema/policy.schema.json', policySchemaText()],
  [POLICY_VALIDATOR_FILE, policyValidatorCode()],
]) {
  const target = fileURLToPath(new URL(`../${file}`, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
