// Policy errors as findings (rule `policy-invalid`), located at file:line:column so the check
// run annotates the exact place and SARIF points at it.
import type { Finding } from '../model.js';
import { locationOf, type PolicyError } from '../policy/index.js';
import type { Policy } from '../policy/types.js';
import { makeFinding } from './finding.js';

export function policyInvalidFindings(policy: Policy, errors: readonly PolicyError[]): Finding[] {
  return errors.map((error) => ({
    ...makeFinding(policy, 'policy-invalid', {
      subject: null,
      resource: `policy:${error.path}`,
      message: `${error.path}:${error.line}:${error.column}: ${error.message} — ${error.fix}`,
      evidence: { path: error.path, line: error.line, column: error.column, fix: error.fix },
      // Position and message identify the error; a fixed error gets a new fingerprint only if it moves.
      key: `${error.line}:${error.column}:${error.message}`,
    }),
    location: locationOf(error),
  }));
}
