// `mode: validate` — the PR check for policy changes. Errors are findings at file:line:column
// (annotations on the check run); when the token can read the organization, the base branch's
// policy and the PR's policy are evaluated against the same snapshot and the difference is shown.
import { evaluateValidate } from '../evaluate/validate.js';
import { gatherValidate } from '../gather/validate.js';
import { defineMode } from './mode.js';

export const validateMode = defineMode({
  name: 'validate',
  // Reporting the policy's errors is this mode's job.
  reportsPolicyErrors: true,
  // A fork's pull request has a read-only token: report through the summary and exit code.
  readOnly: (inputs) => inputs.pullRequest?.fromFork === true,
  gather: gatherValidate,
  evaluate: evaluateValidate,
});
