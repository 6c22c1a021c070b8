import { describe, expect, it } from '@jest/globals';
import Ajv2020Module from 'ajv/dist/2020.js';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OCSF_VERSION, ocsfEvents, writeOcsf } from '../../../src/reporters/ocsf.js';
import { compileOcsfClass, siblingErrors } from '../../support/ocsf-schema.js';
import { finding, HOSTILE, report } from './fixtures.js';

const Ajv2020 = Ajv2020Module.default;
const root = fileURLToPath(new URL(`../../../schema/ocsf/${OCSF_VERSION}/`, import.meta.url));
const detectionFinding = compileOcsfClass(root, 'events/findings/detection_finding.json');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(detectionFinding.schema);

/** Schema errors and sibling-caption errors of one event; empty when it conforms. */
function problems(event: unknown): unknown[] {
  const schemaErrors = validate(event) ? [] : [...(validate.errors ?? [])];
  return [...schemaErrors, ...siblingErrors(event as Record<string, unknown>, detectionFinding)];
}

const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;

const sample = () =>
  report({
    findings: [
      ...SEVERITIES.map((severity, i) => finding({ severity, resource: `deploy-key:acme/api/${i}` })),
      finding({ rule: 'audit-coverage-gap', subject: null, resource: 'repo:acme/api/deploy-keys', evidence: { reason: '403' } }),
      ...HOSTILE.map((name, i) => finding({ subject: name, resource: `credential:${i}`, rule: 'retained-token', message: name })),
    ],
  });

describe('OCSF Detection Finding export', () => {
  it('compiles the vendored class as Detection Finding, class 2004', () => {
    expect(detectionFinding.classUid).toBe(2004);
  });

  it('writes one event per finding, each valid against the OCSF 1.8.0 class definition', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ocsf-'));
    const input = sample();
    const lines = (await readFile(await writeOcsf(input, dir), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(input.findings.length);
    for (const line of lines) expect(problems(JSON.parse(line))).toEqual([]);
  });

  it('maps severities, the stable uid and the type_uid arithmetic', () => {
    const events = ocsfEvents(sample());
    const bySeverityKey = (i: number) => events.find((event) => event.resources[0].uid === `deploy-key:acme/api/${i}`);
    expect(SEVERITIES.map((_, i) => [bySeverityKey(i)?.severity_id, bySeverityKey(i)?.severity])).toEqual([
      [1, 'Informational'],
      [2, 'Low'],
      [3, 'Medium'],
      [4, 'High'],
      [5, 'Critical'],
    ]);
    for (const event of events) {
      expect(event.type_uid).toBe(event.class_uid * 100 + event.activity_id);
      expect(event.time).toBe(Date.parse('2026-11-27T03:00:00Z'));
    }
    expect(events.map((event) => event.finding_info.uid)).toEqual(sample().findings.map((f) => f.fingerprint));
  });

  it('puts the subject in a second resource only when there is one', () => {
    const events = ocsfEvents(sample());
    const gap = events.find((event) => event.finding_info.title === 'audit-coverage-gap');
    expect(gap?.resources).toHaveLength(1);
    const token = events.find((event) => event.finding_info.title === 'retained-token');
    expect(token?.resources[1]).toMatchObject({ type: 'github-account', role_id: 4, role: 'Related' });
  });

  it('is Create for a new or history-less finding and Update for one seen before', () => {
    const seen = finding();
    const fresh = finding({ resource: 'deploy-key:acme/api/9' });
    const events = ocsfEvents(report({ findings: [seen, fresh], changes: { new: [fresh.fingerprint], resolved: [] } }));
    const byUid = new Map(events.map((event) => [event.finding_info.uid, event]));
    expect(byUid.get(seen.fingerprint)?.activity_name).toBe('Update');
    expect(byUid.get(fresh.fingerprint)?.activity_name).toBe('Create');
    expect(ocsfEvents(report({ findings: [seen] }))[0].activity_id).toBe(1);
  });

  it('rejects events that break the class definition (the check can fail)', () => {
    const [event] = ocsfEvents(sample());
    expect(problems({ ...event, class_uid: 2001 })).not.toEqual([]);
    expect(problems({ ...event, severity: 'Severe' })).not.toEqual([]);
    expect(problems({ ...event, severity_id: 7 })).not.toEqual([]);
    expect(problems({ ...event, finding_info: { title: 'no uid' } })).not.toEqual([]);
    expect(problems({ ...event, not_an_ocsf_attribute: 1 })).not.toEqual([]);
    // `cloud` belongs to the cloud profile, which the export does not apply.
    expect(problems({ ...event, cloud: { provider: 'GitHub' } })).not.toEqual([]);
    const { metadata: _dropped, ...withoutMetadata } = event;
    expect(problems(withoutMetadata)).not.toEqual([]);
    expect(problems({ ...event, resources: [{ ...event.resources[0], role: 'Actor' }] })).not.toEqual([]);
  });
});
