import { describe, expect, it } from '@jest/globals';
import { aSnapshot } from '../../builders/snapshot.js';
import { gapFor } from '../../../src/offboarding/item-gap.js';
import type { InventoryItem } from '../../../src/offboarding/types.js';

const items: Record<string, InventoryItem> = {
  org: { kind: 'org-membership', resource: 'org:acme', label: '', detail: { role: 'member' } },
  team: { kind: 'team-membership', resource: 'team:acme/devs', label: '', detail: { team: 'devs' } },
  repo: { kind: 'repo-access', resource: 'repo:acme/api', label: '', detail: { repo: 'acme/api' } },
  key: {
    kind: 'deploy-key',
    resource: 'deploy-key:acme/api/7',
    label: '',
    detail: { repo: 'acme/api', keyId: 7 },
  },
  orgSecret: {
    kind: 'secret',
    resource: 'secret:acme/TOKEN',
    label: '',
    detail: { scope: 'organization', repo: null },
  },
  envSecret: {
    kind: 'secret',
    resource: 'secret:acme/api/env/prod/KEY',
    label: '',
    detail: { scope: 'environment', repo: 'acme/api', environment: 'prod' },
  },
  repoInvite: {
    kind: 'invitation',
    resource: 'invitation:5',
    label: '',
    detail: { target: 'repo:acme/api' },
  },
};

const hidden = (gap: string) =>
  Object.entries(items)
    .filter(
      ([, item]) => gapFor(aSnapshot({ coverage: [{ resource: gap, reason: 'r' }] }), item, 'alice') !== null,
    )
    .map(([name]) => name);

describe('gapFor (collector coverage ids)', () => {
  it('hides everything behind an unreadable organization', () => {
    expect(hidden('org:acme')).toEqual(Object.keys(items));
  });

  it('hides only what a list failure concerns', () => {
    expect(hidden('repo:acme/api/deploy-keys')).toEqual(['key']);
    expect(hidden('repo:acme/api/collaborators')).toEqual(['repo']);
    expect(hidden('repo:acme/api/invitations')).toEqual(['repoInvite']);
    expect(hidden('repo:acme/api/env/prod/secrets')).toEqual(['envSecret']);
    expect(hidden('org:acme/membership/alice')).toEqual(['org']);
    expect(hidden('org:acme/membership/bob')).toEqual([]);
  });

  it('counts a gap below the item itself', () => {
    expect(hidden('team:acme/devs/members')).toEqual(['team']);
    expect(hidden('secret:acme/TOKEN/repositories')).toEqual(['orgSecret']);
  });

  it('hides a whole repository when the repository could not be read', () => {
    expect(hidden('repo:acme/api')).toEqual(['repo', 'key', 'envSecret', 'repoInvite']);
  });
});
