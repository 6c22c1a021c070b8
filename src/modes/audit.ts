// `mode: audit` — the nightly scan: the whole organization into one snapshot, every audit rule,
// the policy's exemptions, one issue per rule (by default), and the history the host keeps.
import { evaluateAudit } from '../evaluate/audit.js';
import { gatherAudit } from '../gather/audit.js';
import { defineMode } from './mode.js';

export const auditMode = defineMode({
  name: 'audit',
  reportsPolicyErrors: false,
  readOnly: () => false,
  gather: gatherAudit,
  evaluate: evaluateAudit,
});
