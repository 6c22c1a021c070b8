import { describe, expect, it } from '@jest/globals';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { mkdtemp, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSONL_FILE, jsonlRecords, renderJsonl, writeJsonl } from '../../../src/reporters/jsonl.js';
import { VERSION } from '../../../src/version.js';
import { finding, HOSTILE, report } from './fixtures.js';

const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
const schema = JSON.parse(readFileSync(new URL('../../../schema/jsonl-record.v1.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const sample = () =>
  report({
    findings: [
      finding({ severity: 'critical', rule: 'retained-token', resource: 'pat:7' }),
      finding({ subject: null, rule: 'audit-coverage-gap', resource: 'repo:acme/api/deploy-keys' }),
      ...HOSTILE.map((name, i) => finding({ subject: name, resource: `deploy-key:acme/x/${i}`, message: `${name}\nsecond line` })),
    ],
    gaps: [{ resource: 'repo:acme/api/deploy-keys', reason: 'HTTP 403: Resource not accessible by integration' }],
    changes: { new: [], resolved: [] },
  });

describe('JSON Lines export', () => {
  it('writes one valid record per finding and per gap, each on its own line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jsonl-'));
    const input = sample();
    const file = await writeJsonl(input, dir);
    expect(path.basename(file)).toBe(JSONL_FILE);
    const lines = (await readFile(file, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(input.findings.length + input.coverage.gaps.length);
    for (const line of lines) {
      const record: unknown = JSON.parse(line);
      expect(validate(record) ? [] : validate.errors).toEqual([]);
    }
    const kinds = lines.map((line) => (JSON.parse(line) as { kind: string }).kind);
    expect(kinds.filter((kind) => kind === 'coverage-gap')).toHaveLength(1);
  });

  it('makes each record stand alone: organization, mode, time and version on every line', () => {
    const [first] = jsonlRecords(sample());
    expect(first).toMatchObject({
      schemaVersion: 1,
      source: 'offboarding-sentinel',
      sourceVersion: VERSION,
      organization: 'acme',
      mode: 'audit',
      timestamp: '2026-11-27T03:00:00Z',
      kind: 'finding',
      rule: 'retained-token',
    });
  });

  it('says whether a finding is new only when the run had history', () => {
    const fingerprint = sample().findings[0].fingerprint;
    const withHistory = jsonlRecords(report({ findings: [finding()], changes: { new: [], resolved: [] } }));
    expect(withHistory[0]).toMatchObject({ new: false });
    const fresh = jsonlRecords(report({ findings: [finding({ fingerprint })], changes: { new: [fingerprint], resolved: [] } }));
    expect(fresh[0]).toMatchObject({ new: true });
    expect(jsonlRecords(report({ findings: [finding()] }))[0]).toMatchObject({ new: null });
  });

  it('rejects what the schema does not allow (the validation can fail)', () => {
    const [record] = jsonlRecords(sample());
    expect(validate({ ...record, severity: 'severe' })).toBe(false);
    expect(validate({ ...record, kind: 'coverage-gap' })).toBe(false);
    const { fingerprint: _dropped, ...withoutFingerprint } = record as unknown as Record<string, unknown>;
    expect(validate(withoutFingerprint)).toBe(false);
  });

  it('keeps line breaks in organization text inside the line', () => {
    const text = renderJsonl(jsonlRecords(sample()));
    expect(text.split('\n').filter(Boolean)).toHaveLength(sample().findings.length + 1);
  });
});
