// Histories written before fine-grained PAT findings were named by their token id hold
// `long-lived-token` and `stale-token` fingerprints of `pat:<grant id>`. Reading one with the
// grants of this run renames those records to `pat:<token id>` (and their fingerprints with
// them), keeping when each was first seen, so an upgrade does not report each such finding once
// as new and once as resolved. A record is renamed only when the grant it names belongs to the
// record's subject and its id is no token's id; a grant that was not read leaves its records as
// they are.
import { fingerprint } from '../fingerprint.js';
import type { PatGrant, RuleName } from '../model.js';
import { resourceId } from '../resource-id.js';
import { mergeFingerprint } from './merge.js';
import type { FingerprintRecord, RunState } from './types.js';

const RENAMED_RULES: ReadonlySet<RuleName> = new Set<RuleName>(['long-lived-token', 'stale-token']);

const sameLogin = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

export function upgradePatFingerprints(
  state: RunState,
  grants: readonly Pick<PatGrant, 'id' | 'tokenId' | 'owner'>[],
): RunState {
  // An id that is also a token id names that token already (a record this version wrote).
  const tokenIds = new Set(grants.map((grant) => grant.tokenId));
  const byGrantId = new Map(grants.filter((grant) => !tokenIds.has(grant.id)).map((grant) => [resourceId.pat(grant.id), grant]));
  if (byGrantId.size === 0) return state;
  const renames = new Map<string, { fingerprint: string; record: FingerprintRecord }>();
  for (const [old, record] of Object.entries(state.fingerprints)) {
    const grant = RENAMED_RULES.has(record.rule) ? byGrantId.get(record.resource) : undefined;
    if (!grant || !sameLogin(record.subject, grant.owner)) continue;
    const resource = resourceId.pat(grant.tokenId);
    renames.set(old, { fingerprint: fingerprint(record.rule, resource, record.subject), record: { ...record, resource } });
  }
  if (renames.size === 0) return state;
  const fingerprints: Record<string, FingerprintRecord> = {};
  for (const [id, record] of Object.entries(state.fingerprints)) {
    if (!renames.has(id)) fingerprints[id] = record;
  }
  // A history merged from both versions may hold the new fingerprint already: one finding, sighted twice.
  for (const { fingerprint: id, record } of renames.values()) {
    fingerprints[id] = Object.hasOwn(fingerprints, id) ? mergeFingerprint(fingerprints[id], record) : record;
  }
  return { ...state, fingerprints };
}
