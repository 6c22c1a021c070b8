// What a user meets before running anything: the licence, the version, the examples they copy.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { HINTS } from '../../../src/collectors/coverage.js';
import { VERSION } from '../../../src/version.js';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  license: string;
  private?: boolean;
  bin?: Record<string, string>;
  files: string[];
  engines: { node: string };
};
const PUBLISHED_SCHEMA = 'https://raw.githubusercontent.com/offboarding-sentinel/offboarding-sentinel/v1/';
/** Files a user copies into their own repository. */
const COPYABLE = ['README.md', 'docs/policy.md', 'policies/examples/default.yml', 'policies/examples/strict.yml', ...readdirSync(join(root, 'docs/workflows')).map((f) => `docs/workflows/${f}`)];

describe('release files', () => {
  it('has one version: package.json, src/version.ts and a CHANGELOG section or Unreleased', () => {
    expect(VERSION).toBe(pkg.version);
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(new RegExp(`^## \\[(${pkg.version.replace(/\./g, '\\.')}|Unreleased)\\]`, 'm'));
    for (const heading of changelog.match(/^## .*$/gm) ?? []) expect(heading).toMatch(/^## \[(Unreleased|\d+\.\d+\.\d+)\]( - \d{4}-\d{2}-\d{2})?$/);
  });

  it('is MIT licensed as package.json says, and publishable', () => {
    expect(read('LICENSE')).toMatch(/^MIT License\n/);
    expect(pkg.license).toBe('MIT');
    expect(pkg.private).toBeUndefined();
    expect(pkg.files).toEqual(expect.arrayContaining(['dist/', 'schema/', 'action.yml', 'LICENSE']));
    expect(pkg.engines.node).toBe('>=20');
  });

  it('marks dist/ generated', () => {
    expect(read('.gitattributes')).toMatch(/^dist\/\*\* linguist-generated=true/m);
  });

  it('points every example at the released action, never at a placeholder owner', () => {
    for (const file of COPYABLE) {
      const uses = read(file).match(/uses: \S*offboarding-sentinel\S*/g) ?? [];
      for (const line of uses) expect(`${file}: ${line}`).toBe(`${file}: uses: offboarding-sentinel/offboarding-sentinel@v1`);
    }
  });

  it('gives copyable files a $schema hint that works outside this repository', () => {
    for (const file of COPYABLE) {
      for (const [, url] of read(file).matchAll(/\$schema=(https?:\/\/\S+|\.\S+)/g)) {
        expect(url.startsWith(PUBLISHED_SCHEMA)).toBe(true);
        expect(existsSync(join(root, url.slice(PUBLISHED_SCHEMA.length)))).toBe(true);
      }
    }
  });

  it('approves, in the example policies, the workflow file that ships', () => {
    for (const file of ['policies/examples/default.yml', 'policies/examples/strict.yml', 'README.md', 'docs/policy.md']) {
      for (const [, name] of read(file).matchAll(/[\w-]+\/[\w-]+\/\.github\/workflows\/([\w.-]+\.yml)/g)) {
        if (name === 'file.yml') continue; // the placeholder in docs/policy.md's key table
        expect(`${file}: ${name}`).toBe(`${file}: ${existsSync(join(root, 'docs/workflows', name)) ? name : 'a file of docs/workflows/'}`);
      }
    }
  });

  it('has issue templates GitHub can read', () => {
    for (const name of readdirSync(join(root, '.github/ISSUE_TEMPLATE'))) {
      const template = parse(read(`.github/ISSUE_TEMPLATE/${name}`)) as Record<string, unknown>;
      if (name === 'config.yml') expect(template.blank_issues_enabled).toBe(false);
      else expect(template).toEqual(expect.objectContaining({ name: expect.any(String), description: expect.any(String), body: expect.any(Array) }));
    }
  });

  it('says in SECURITY.md how to report and that the operations repository must be private', () => {
    const security = read('SECURITY.md');
    expect(security).toContain('Report a vulnerability');
    expect(security).toMatch(/operations repository must be private/);
    expect(security).toMatch(/IP addresses/);
  });

  it('lists in the README setup every App permission a coverage gap can ask for', () => {
    const readme = read('README.md');
    const setup = readme.slice(readme.indexOf('### 2. A GitHub App'), readme.indexOf('### 3. Install it'));
    const named = Object.values(HINTS).flatMap((hint) => [...hint.forbidden.matchAll(/the (organization|repository) ([A-Z][\w ]+?)(?: or [A-Z]\w+)? read permission/g)]);
    expect(named.length).toBeGreaterThan(5);
    for (const [, scope, permission] of named) {
      const row = `${scope === 'organization' ? 'Organization' : 'Repository'} → **${permission}**`;
      expect(setup).toContain(row);
    }
    expect(setup).toContain('Organization → **Personal access tokens**');
  });
});
