// A hand-built simulated organization with known contents, so the collector tests can assert
// exact results (the seeded scenario generator serves the benchmark and the e2e tests).
import { type Scenario, type SimOrg, type SimRepo, type SimTeam, emptySimRepo } from '../../../simulator/state.js';

export const NOW = '2026-11-27T03:00:00Z';

export interface FixtureSize {
  members?: number;
  repos?: number;
  /** Direct collaborators on `api` beyond alice and the outside collaborator. */
  extraApiCollaborators?: number;
}

function repo(id: number, name: string, extra: Partial<SimRepo> = {}): SimRepo {
  return emptySimRepo(id, name, '2024-01-01T00:00:00Z', { node_id: `R_${id}`, updated_at: '2026-11-01T00:00:00Z', pushed_at: '2026-11-01T00:00:00Z', ...extra });
}

/**
 * acme: alice (owner), bob and carol (members), `member-N` fillers, dana (outside
 * collaborator on api), one bot. Team `platform` (bob, with child team `platform-sre`: carol)
 * has write on api; alice is a direct admin on api; base permission is read.
 */
export function fixtureScenario(size: FixtureSize = {}): Scenario {
  const fillers = Array.from({ length: size.members ?? 3 }, (_, i) => `member-${i + 1}`);
  const memberLogins = ['alice', 'bob', 'carol', 'deploy-bot[bot]', ...fillers];
  const allLogins = [
    ...memberLogins,
    'dana',
    ...Array.from({ length: size.extraApiCollaborators ?? 0 }, (_, i) => `collab-${i + 1}`),
  ];
  const api = repo(1, 'api', {
    collaborators: [
      { login: 'alice', permission: 'admin' },
      { login: 'dana', permission: 'push' },
      ...Array.from({ length: size.extraApiCollaborators ?? 0 }, (_, i) => ({
        login: `collab-${i + 1}`,
        permission: 'pull' as const,
      })),
    ],
    deploy_keys: [
      {
        id: 4021,
        key: 'ssh-ed25519 AAAA',
        title: 'ci',
        read_only: false,
        verified: true,
        created_at: '2025-01-01T00:00:00Z',
        last_used: null,
        added_by: 'alice',
        enabled: true,
      },
    ],
    secrets: [{ name: 'NPM_TOKEN', created_at: '2024-01-01T00:00:00Z', updated_at: '2024-06-01T00:00:00Z' }],
    environments: [
      {
        id: 77,
        name: 'production',
        created_at: '2024-01-01T00:00:00Z',
        updated_at: '2024-01-01T00:00:00Z',
        secrets: [
          { name: 'DEPLOY_KEY', created_at: '2024-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z' },
        ],
      },
    ],
    invitations: [
      {
        id: 501,
        node_id: 'RI_1',
        invitee: 'erin',
        inviter: 'alice',
        permissions: 'write',
        created_at: '2026-11-20T00:00:00Z',
        expired: false,
      },
    ],
  });
  const repos = [
    api,
    ...Array.from({ length: (size.repos ?? 3) - 1 }, (_, i) => repo(100 + i, `service-${i + 1}`)),
  ];
  const teams: SimTeam[] = [
    {
      id: 11,
      node_id: 'T_11',
      slug: 'platform',
      name: 'Platform',
      privacy: 'closed',
      parent_slug: null,
      created_at: '2024-01-01T00:00:00Z',
      members: [{ login: 'bob', role: 'maintainer' }],
      repos: [{ repo: 'api', permission: 'push' }],
    },
    {
      id: 12,
      node_id: 'T_12',
      slug: 'platform-sre',
      name: 'Platform SRE',
      privacy: 'closed',
      parent_slug: 'platform',
      created_at: '2024-01-01T00:00:00Z',
      members: [{ login: 'carol', role: 'member' }],
      repos: [],
    },
  ];
  const org: SimOrg = {
    login: 'acme',
    id: 9100007,
    node_id: 'O_acme',
    name: 'Acme',
    enterprise_cloud: true,
    saml_sso: true,
    default_repository_permission: 'read',
    now: NOW,
    users: [...allLogins, 'erin'].map((login, i) => ({
      login,
      id: 1000 + i,
      node_id: `U_${1000 + i}`,
      name: login,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
    })),
    members: memberLogins.map((login) => ({
      login,
      role: login === 'alice' ? 'admin' : 'member',
      two_factor_enabled: true,
    })),
    outside_collaborators: [
      'dana',
      ...Array.from({ length: size.extraApiCollaborators ?? 0 }, (_, i) => `collab-${i + 1}`),
    ],
    teams,
    repos,
    invitations: [
      {
        id: 301,
        node_id: 'OI_1',
        login: null,
        email: 'bob.old@acme.example',
        role: 'direct_member',
        created_at: '2026-11-01T00:00:00Z',
        inviter: 'alice',
        team_slugs: [],
        invitation_source: 'member',
        failed_at: null,
        failed_reason: null,
      },
    ],
    failed_invitations: [],
    pat_grants: [
      {
        id: 71,
        owner: 'bob',
        token_id: 9001,
        token_name: 'laptop',
        token_expired: false,
        token_expires_at: null,
        token_last_used_at: '2026-10-01T00:00:00Z',
        access_granted_at: '2025-01-01T00:00:00Z',
        repository_selection: 'subset',
        repositories: ['api'],
        permissions: { repository: { contents: 'write' } },
      },
      {
        id: 72,
        owner: 'carol',
        token_id: 9002,
        token_name: 'ci',
        token_expired: false,
        token_expires_at: '2027-01-01T00:00:00Z',
        token_last_used_at: null,
        access_granted_at: '2026-01-01T00:00:00Z',
        repository_selection: 'all',
        repositories: [],
        permissions: { repository: { metadata: 'read' } },
      },
    ],
    credential_authorizations: [
      {
        login: 'bob',
        credential_id: 81,
        credential_type: 'personal access token',
        credential_authorized_at: '2025-01-01T00:00:00Z',
        credential_accessed_at: null,
        authorized_credential_id: 811,
        authorized_credential_expires_at: null,
        scopes: ['repo'],
        token_last_eight: 'abcd1234',
        fingerprint: 'SHA256:none',
        authorized_credential_title: null,
        authorized_credential_note: 'bob laptop',
      },
    ],
    org_secrets: [
      {
        name: 'SHARED',
        created_at: '2024-01-01T00:00:00Z',
        updated_at: '2024-01-01T00:00:00Z',
        visibility: 'selected',
        selected_repositories: ['api'],
      },
    ],
    org_dependabot_secrets: [],
    saml_identities: ['alice', 'bob', 'carol'].map((login, i) => ({
      guid: `g${i}`,
      login,
      name_id: `${login}@acme.example`,
      username: `${login}@acme.example`,
      emails: [`${login}@acme.example`],
    })),
    verified_domain_emails: {
      alice: ['alice@acme.example'],
      bob: ['bob@acme.example'],
      carol: ['carol@acme.example'],
    },
    contributions: [
      { login: 'bob', repo: 'api', kind: 'commit', occurred_at: '2026-11-10T12:00:00Z', count: 2 },
      { login: 'carol', repo: 'api', kind: 'pull-request', occurred_at: '2026-06-01T12:00:00Z', count: 1 },
    ],
    audit_log: [
      {
        _document_id: 'doc-1',
        '@timestamp': Date.parse('2026-11-20T10:00:00Z'),
        created_at: Date.parse('2026-11-20T10:00:00Z'),
        action: 'repo.add_member',
        actor: 'alice',
        user: 'dana',
        repo: 'acme/api',
        org: 'acme',
        actor_ip: '203.0.113.5',
      },
      {
        _document_id: 'doc-2',
        '@timestamp': Date.parse('2026-11-21T10:00:00Z'),
        created_at: Date.parse('2026-11-21T10:00:00Z'),
        action: 'git.push',
        actor: 'bob',
        repo: 'acme/api',
        org: 'acme',
      },
    ],
    issues: [],
    check_runs: [],
    labels: [],
    branches: [],
  };
  return {
    org,
    actionRepo: 'acme/offboarding-ops',
    expected: [],
    nearMisses: [],
    departures: [],
    policy: { serviceAccounts: [], approvedActors: [], approvedWorkflows: [], exemptions: [] },
  };
}
