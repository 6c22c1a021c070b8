// Changes made to a generated organization between runs, each with its audit-log event as
// GitHub logs it: what the benchmark's "1% changed" night and the delta tests change.
import type { SimOrg, SimRepo } from '../state.js';

/** A new Actions secret on `repo` at `atMs`, created by `actor`, and its `repo.create_actions_secret` event. */
export function addLoggedSecret(
  org: SimOrg,
  repo: SimRepo,
  secret: { name: string; atMs: number; actor: string; eventId: string },
): void {
  const iso = new Date(secret.atMs).toISOString();
  repo.secrets.push({ name: secret.name, created_at: iso, updated_at: iso });
  org.audit_log.push({
    _document_id: secret.eventId,
    '@timestamp': secret.atMs,
    created_at: secret.atMs,
    action: 'repo.create_actions_secret',
    actor: secret.actor,
    repo: `${org.login}/${repo.name}`,
    org: org.login,
    name: secret.name,
  });
}
