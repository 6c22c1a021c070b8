// The offboarding API the pipeline (src/main.ts) wires: resolve subjects, build or reconstruct
// the inventory, verify it against a fresh collection, keep the tracking issue, remediate.
export { classifySubject, identityCandidates, parseSubjects, resolveSubject } from './subjects.js';
export type { SubjectInput, SubjectResolution } from './subjects.js';
export { buildInventory } from './inventory.js';
export { reconstructInventory, RECONSTRUCTION_LIMITS } from './reconstruct.js';
export { verifyOffboarding } from './verify.js';
export type { Verification, VerifyInput } from './verify.js';
export { offboardingMetrics, runOffboardingMetrics } from './metrics.js';
export type { OffboardingMetrics, RevocationTiming, RunOffboardingMetrics } from './metrics.js';
export {
  initialTrackingState,
  nextTrackingState,
  nothingLeft,
  parseTrackingIssue,
  parseTrackingMarker,
  readOffboardedPeople,
  renderTrackingIssue,
  trackingTitle,
} from './tracking-issue.js';
export type { TrackingState } from './tracking-issue.js';
export { applyRemediation, planRemediation, PAT_BATCH_SIZE } from './remediation.js';
export type { RemediationAction, RemediationResult } from './remediation.js';
export type { Inventory, InventoryItem, InventoryKind, ItemStatus, StepStatus } from './types.js';
