// The contract's resource identifiers, built in one place so every rule and reporter agrees.
import type { Secret } from './model.js';

export const resourceId = {
  organization: (org: string) => `org:${org}`,
  repository: (nameWithOwner: string) => `repo:${nameWithOwner}`,
  team: (org: string, slug: string) => `team:${org}/${slug}`,
  /** An environment of a repository; appears only inside gap ids and secret ids. */
  environment: (nameWithOwner: string, environment: string) => `repo:${nameWithOwner}/env/${environment}`,
  deployKey: (nameWithOwner: string, keyId: number) => `deploy-key:${nameWithOwner}/${keyId}`,
  /** By the grant's `token_id`, never its `id` (the contract's `pat:<token id>`). */
  pat: (tokenId: number) => `pat:${tokenId}`,
  credential: (credentialId: number) => `credential:${credentialId}`,
  invitation: (invitationId: string | number) => `invitation:${invitationId}`,
  event: (documentId: string) => `event:${documentId}`,
  enterprise: (slug: string) => `enterprise:${slug}`,
  copilotSeat: (org: string, login: string) => `copilot-seat:${org}/${login}`,
  secret(org: string, secret: Secret): string {
    switch (secret.scope) {
      case 'organization':
        return `secret:${org}/${secret.name}`;
      case 'repository':
        return `secret:${secret.repo}/${secret.name}`;
      case 'environment':
        return `secret:${secret.repo}/env/${secret.environment}/${secret.name}`;
    }
  },
};
