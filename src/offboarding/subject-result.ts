// What the JSON report and the summary say about one person offboarded in this run.
import type { OffboardingMetrics } from './metrics.js';
import type { RemediationAction, RemediationResult } from './remediation.js';
import type { Inventory, ItemStatus, StepStatus } from './types.js';

export interface SubjectResult {
  subject: string;
  input: string;
  phase: 'pre' | 'post';
  offboardedAt: string;
  inventorySource: Inventory['source'];
  itemsHeld: number;
  itemsLeft: number;
  findings: number;
  closed: boolean;
  items: ItemStatus[];
  steps: StepStatus[];
  metrics: OffboardingMetrics | null;
  remediation: RemediationResult[];
  /** Planned revocations that were not made (no opt-in, or a dry run). */
  remediationPlan: RemediationAction[];
}
