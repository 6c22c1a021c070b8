// Writes schema/report.schema.json from src/reporters/report-schema.ts (npx tsx scripts/generate-report-schema.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REPORT_SCHEMA } from '../src/reporters/report-schema.js';

const target = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(REPORT_SCHEMA, null, 2)}\n`);
