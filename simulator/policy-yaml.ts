// The policy file a scenario needs for its expectations to hold (service accounts, approved
// changers, exemptions), written as a user would write it. Used by the e2e tests and the demo.
import type { Scenario } from './state.js';

const quote = (value: string) => JSON.stringify(value);
const list = (values: string[]) => `[${values.map(quote).join(', ')}]`;

export function scenarioPolicyYaml(scenario: Scenario, extra = ''): string {
  const { policy } = scenario;
  const lines = ['version: 1'];
  if (policy.serviceAccounts.length > 0) lines.push(`service-accounts: ${list(policy.serviceAccounts)}`);
  if (policy.approvedActors.length > 0 || policy.approvedWorkflows.length > 0) {
    lines.push('approved-changers:');
    lines.push(`  actors: ${list(policy.approvedActors)}`);
    lines.push(`  workflows: ${list(policy.approvedWorkflows)}`);
  }
  if (policy.exemptions.length > 0) {
    lines.push('exemptions:');
    for (const exemption of policy.exemptions) {
      const first: string[] = [];
      if (exemption.subjects.length > 0) first.push(`subjects: ${list(exemption.subjects)}`);
      if (exemption.resources.length > 0) first.push(`resources: ${list(exemption.resources)}`);
      if (exemption.rules.length > 0) first.push(`rules: ${list(exemption.rules)}`);
      first.push(`reason: ${quote(exemption.reason)}`);
      first.push(`expires: ${exemption.expires}`);
      lines.push(`  - ${first[0]}`, ...first.slice(1).map((line) => `    ${line}`));
    }
  }
  return `${lines.join('\n')}\n${extra}`;
}
