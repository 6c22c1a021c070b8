// Copies the OCSF definitions that the `ocsf` reporter's tests validate against from a clone of
// github.com/ocsf/ocsf-schema into schema/ocsf/<version>/: the Detection Finding class with its
// parents, the objects it uses, and only the dictionary entries those files name.
//   npx tsx scripts/vendor-ocsf.ts <path to an ocsf-schema git directory> <tag>
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [gitDir, tag] = process.argv.slice(2);
if (!gitDir || !tag) {
  console.error('usage: npx tsx scripts/vendor-ocsf.ts <ocsf-schema git dir> <tag>');
  process.exit(2);
}

const FILES = [
  'events/base_event.json',
  'events/findings/finding.json',
  'events/findings/detection_finding.json',
  'objects/object.json',
  'objects/_entity.json',
  'objects/_resource.json',
  'objects/metadata.json',
  'objects/product.json',
  'objects/finding_info.json',
  'objects/resource_details.json',
  'objects/remediation.json',
];

const show = (file: string) => execFileSync('git', ['--git-dir', gitDir, 'show', `${tag}:${file}`], { encoding: 'utf8' });
const commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', `${tag}^{commit}`], { encoding: 'utf8' }).trim();
const target = fileURLToPath(new URL(`../schema/ocsf/${tag}/`, import.meta.url));

const names = new Set<string>();
for (const file of FILES) {
  const text = show(file);
  const definition = JSON.parse(text) as { attributes: Record<string, unknown> };
  for (const name of Object.keys(definition.attributes)) if (name !== '$include') names.add(name);
  mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
  writeFileSync(path.join(target, file), text);
}

const dictionary = JSON.parse(show('dictionary.json')) as { attributes: Record<string, unknown>; types: unknown };
const attributes = Object.fromEntries([...names].sort().map((name) => [name, dictionary.attributes[name]]));
writeFileSync(path.join(target, 'dictionary.json'), `${JSON.stringify({ ...dictionary, attributes }, null, 2)}\n`);
const categories = JSON.parse(show('categories.json')) as { attributes: Record<string, unknown> };
writeFileSync(
  path.join(target, 'categories.json'),
  `${JSON.stringify({ ...categories, attributes: { findings: categories.attributes.findings } }, null, 2)}\n`,
);
writeFileSync(path.join(target, 'LICENSE'), show('LICENSE'));
writeFileSync(
  path.join(target, 'README.md'),
  `# OCSF ${tag} (excerpt)\n\nCopied from [ocsf/ocsf-schema](https://github.com/ocsf/ocsf-schema) at tag \`${tag}\`\n` +
    `(commit \`${commit}\`) by \`scripts/vendor-ocsf.ts\`, under the Apache License 2.0 (\`LICENSE\` here).\n\n` +
    `Only what the \`ocsf\` reporter's tests need: the Detection Finding class (2004) with its parents\n` +
    `(\`finding\`, \`base_event\`), the objects it fills in, the Findings category, and the entries of\n` +
    `\`dictionary.json\` that these files name (every data type is kept). The files are unchanged\n` +
    `except \`dictionary.json\` and \`categories.json\`, which keep only those entries. Profiles are\n` +
    `not copied: the reporter applies none.\n`,
);
console.log(`vendored ${FILES.length} definitions and ${names.size} dictionary entries of OCSF ${tag} (${commit})`);
