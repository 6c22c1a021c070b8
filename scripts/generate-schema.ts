// Writes schema/policy.schema.json from the rule catalogue (npx tsx scripts/generate-schema.ts).
// The file is committed so editors can validate policy files; a unit test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { policySchemaText } from '../src/policy/schema-build.js';

const target = fileURLToPath(new URL('../schema/policy.schema.json', import.meta.url));
writeFileSync(target, policySchemaText());
console.log(`wrote ${target}`);
