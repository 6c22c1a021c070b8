// The example policies shipped in the repository are valid, each on its own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { defaultPolicy, loadPolicy, loadPolicyFromTexts, type Policy } from '../../../src/policy/index.js';

const workspace = fileURLToPath(new URL('../../../', import.meta.url));

function loadExample(path: string): Policy {
  const loaded = loadPolicyFromTexts([
    { path, text: readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8') },
  ]);
  expect(loaded.errors).toEqual([]);
  expect(loaded.warnings).toEqual([]);
  return loaded.policy;
}

/** What a policy decides, without where it was written. */
function decisions(policy: Policy) {
  return {
    rules: Object.fromEntries(
      Object.entries(policy.rules).map(([name, settings]) => [name, { ...settings, location: undefined }]),
    ),
    journey: policy.offboarding.journey.map((step) => ({ ...step, location: undefined })),
    remediate: policy.offboarding.remediate,
    approvedChangers: policy.approvedChangers,
    serviceAccounts: policy.serviceAccounts,
    exemptions: policy.exemptions,
    routing: policy.routing,
  };
}

describe('example policies', () => {
  it('examples/default.yml writes out exactly the built-in defaults', () => {
    const policy = loadExample('policies/examples/default.yml');
    expect(decisions(policy)).toEqual(decisions(defaultPolicy()));
    // …and shows every rule, so a reader sees every default.
    expect(Object.values(policy.rules).every((settings) => settings.location !== undefined)).toBe(true);
  });

  it('examples/strict.yml is the SOC 2 / ISO 27001 style policy', () => {
    const policy = loadExample('policies/examples/strict.yml');
    expect(policy.rules['offboarding-step-missing'].thresholds['deadline-hours']).toBe(24);
    expect(policy.rules['stale-secret'].thresholds['rotation-days']).toBe(90);
    expect(policy.rules['stale-token'].thresholds['unused-days']).toBe(30);
    expect(policy.rules['stale-member'].thresholds['inactive-days']).toBe(60);
    expect(policy.offboarding.remediate).toBe(false);
    expect(
      policy.offboarding.journey.every((step) => step.deadlineHours <= 24 || step.check.kind === 'manual'),
    ).toBe(true);
    expect(
      policy.offboarding.journey.filter((step) => step.check.kind === 'manual').length,
    ).toBeGreaterThanOrEqual(2);
    const githubChecks = new Set(
      policy.offboarding.journey.flatMap((step) => (step.check.kind === 'github' ? [step.check.what] : [])),
    );
    expect(githubChecks.size).toBe(7);
  });

  it("the repository's own policies/ folder loads cleanly (examples/ is not read)", async () => {
    const loaded = await loadPolicy({ workspace, policyPath: 'policies' });
    expect(loaded.errors).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.policy.sources).toEqual(['policies/offboarding-sentinel.yml']);
  });

  it('the two examples together contradict each other, as documented', () => {
    const read = (path: string) => ({
      path,
      text: readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'),
    });
    const loaded = loadPolicyFromTexts([
      read('policies/examples/default.yml'),
      read('policies/examples/strict.yml'),
    ]);
    expect(
      loaded.errors.some((error) =>
        error.message.startsWith('`stale-member.inactive-days` is 90 in policies/examples/default.yml'),
      ),
    ).toBe(true);
  });
});
