// What a credential change is, which kind it is, and what it reaches: the vocabulary the actor
// baselines and the unapproved-credential-change rule share. Creations are not changes.
import type { AuditEvent } from '../model.js';

export type ChangeKind =
  | 'actions-secret'
  | 'dependabot-secret'
  | 'environment-secret'
  | 'deploy-key'
  | 'token'
  | 'credential-authorization';

/** What a change reaches, for the "outside the actor's usual scope" signal. */
export type ChangeTarget =
  | { kind: 'repository'; repo: string }
  | { kind: 'org-secret'; name: string }
  | { kind: 'person'; login: string }
  | { kind: 'own' };

export interface CredentialChange {
  event: AuditEvent;
  kind: ChangeKind;
  /** `delete` removes or revokes, `update` replaces the value. */
  operation: 'delete' | 'update';
  target: ChangeTarget;
}

// Any category counts (`org.`, `repo.`, `environment.`, `codespaces.`, …); only the organization and
// environments change where the secret lives.
const SECRET_ACTION = /^([a-z_]+)\.(remove|update)_(actions|integration)_secret$/;
const TOKEN_ACTIONS = new Set(['personal_access_token.access_revoked']);
const CREDENTIAL_ACTIONS = new Set([
  'org_credential_authorization.revoke',
  'org_credential_authorization.deauthorize',
]);

function lower(text: string): string {
  return text.toLowerCase();
}

function personTarget(event: AuditEvent): ChangeTarget {
  if (event.user === null || (event.actor !== null && lower(event.user) === lower(event.actor)))
    return { kind: 'own' };
  return { kind: 'person', login: event.user };
}

/** The change an audit event makes to a credential, or null when it makes none. */
export function credentialChange(event: AuditEvent): CredentialChange | null {
  const secret = SECRET_ACTION.exec(event.action);
  if (secret) {
    const [, scope, verb, family] = secret;
    const operation = verb === 'remove' ? 'delete' : 'update';
    const kind: ChangeKind =
      scope === 'environment'
        ? 'environment-secret'
        : family === 'integration'
          ? 'dependabot-secret'
          : 'actions-secret';
    const name = typeof event.fields.key === 'string' ? event.fields.key : '';
    if (scope === 'org') return { event, kind, operation, target: { kind: 'org-secret', name } };
    return {
      event,
      kind,
      operation,
      target: event.repo ? { kind: 'repository', repo: event.repo } : { kind: 'own' },
    };
  }
  if (event.action === 'public_key.delete' || event.action === 'public_key.update') {
    // A key on a repository is a deploy key; without one it is the actor's own SSH key.
    return {
      event,
      kind: 'deploy-key',
      operation: event.action === 'public_key.delete' ? 'delete' : 'update',
      target: event.repo ? { kind: 'repository', repo: event.repo } : { kind: 'own' },
    };
  }
  if (TOKEN_ACTIONS.has(event.action))
    return { event, kind: 'token', operation: 'delete', target: personTarget(event) };
  if (CREDENTIAL_ACTIONS.has(event.action))
    return { event, kind: 'credential-authorization', operation: 'delete', target: personTarget(event) };
  return null;
}

export function isCredentialChange(action: string): boolean {
  return (
    credentialChange({
      id: '',
      at: '',
      action,
      actor: null,
      user: null,
      repo: null,
      ip: null,
      fields: {},
    }) !== null
  );
}

/** A short, readable name of what a change reaches (for messages). */
export function describeTarget(target: ChangeTarget): string {
  switch (target.kind) {
    case 'repository':
      return target.repo;
    case 'org-secret':
      return `organization secret ${target.name}`;
    case 'person':
      return `${target.login}'s credentials`;
    case 'own':
      return 'their own credentials';
  }
}

/** Plural, human names of the kinds, for "deleted 6 deploy keys". */
export const KIND_NOUNS: Record<ChangeKind, [string, string]> = {
  'actions-secret': ['Actions secret', 'Actions secrets'],
  'dependabot-secret': ['Dependabot secret', 'Dependabot secrets'],
  'environment-secret': ['environment secret', 'environment secrets'],
  'deploy-key': ['deploy key', 'deploy keys'],
  token: ['token', 'tokens'],
  'credential-authorization': ['credential authorization', 'credential authorizations'],
};
