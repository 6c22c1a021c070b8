// A small, fully populated SimOrg for simulator tests (until the scenario generator lands,
// and afterwards as a hand-checkable fixture): every collection has at least one entry so
// every GET route returns a non-empty body to validate.

import { type Scenario, type SimOrg, type SimRepo, type SimUser, emptySimRepo } from '../../../simulator/state.js';

export const NOW = '2026-11-27T03:00:00Z';

function user(login: string, id: number): SimUser {
  return { login, id, node_id: `U_${id}`, name: login[0].toUpperCase() + login.slice(1), type: 'User' };
}

function repo(name: string, id: number, extra: Partial<SimRepo> = {}): SimRepo {
  return emptySimRepo(id, name, '2024-01-01T00:00:00Z', { node_id: `R_${id}`, updated_at: '2026-10-01T00:00:00Z', pushed_at: '2026-10-01T00:00:00Z', ...extra });
}

export interface FixtureOptions {
  /** Extra plain members `member-1` … `member-N` (for pagination tests). */
  extraMembers?: number;
  /** Extra audit events (for cursor pagination tests). */
  extraAuditEvents?: number;
  enterpriseCloud?: boolean;
  samlSso?: boolean;
}

export function buildOrg(options: FixtureOptions = {}): SimOrg {
  const users = [
    user('alice', 101),
    user('bob', 102),
    user('carol', 103),
    user('dave', 104),
    user('erin', 105),
  ];
  const extra = Array.from({ length: options.extraMembers ?? 0 }, (_, i) =>
    user(`member-${i + 1}`, 1000 + i),
  );
  users.push(...extra, { login: 'deploy-bot[bot]', id: 4242, node_id: 'BOT_4242', name: null, type: 'Bot' });
  const ms = (iso: string) => Date.parse(iso);
  const audit = [
    {
      _document_id: 'doc-1',
      '@timestamp': ms('2026-11-01T10:00:00Z'),
      created_at: ms('2026-11-01T10:00:00Z'),
      action: 'org.add_member',
      actor: 'alice',
      user: 'bob',
      org: 'acme',
    },
    {
      _document_id: 'doc-2',
      '@timestamp': ms('2026-11-10T10:00:00Z'),
      created_at: ms('2026-11-10T10:00:00Z'),
      action: 'repo.create_actions_secret',
      actor: 'bob',
      repo: 'acme/api',
      org: 'acme',
      key: 'DEPLOY_TOKEN',
    },
    {
      _document_id: 'doc-3',
      '@timestamp': ms('2026-11-20T10:00:00Z'),
      created_at: ms('2026-11-20T10:00:00Z'),
      action: 'git.clone',
      actor: 'carol',
      repo: 'acme/api',
      org: 'acme',
    },
    ...Array.from({ length: options.extraAuditEvents ?? 0 }, (_, i) => ({
      _document_id: `bulk-${i}`,
      '@timestamp': ms('2026-10-01T00:00:00Z') + i * 60_000,
      created_at: ms('2026-10-01T00:00:00Z') + i * 60_000,
      action: 'repo.access',
      actor: 'bob',
      repo: 'acme/web',
      org: 'acme',
    })),
  ];
  return {
    login: 'acme',
    id: 9000,
    node_id: 'O_9000',
    name: 'Acme Corp',
    enterprise_cloud: options.enterpriseCloud ?? true,
    saml_sso: options.samlSso ?? true,
    default_repository_permission: 'read',
    now: NOW,
    users,
    members: [
      { login: 'alice', role: 'admin', two_factor_enabled: true },
      { login: 'bob', role: 'member', two_factor_enabled: true },
      { login: 'carol', role: 'member', two_factor_enabled: false },
      ...extra.map((u) => ({ login: u.login, role: 'member' as const, two_factor_enabled: true })),
    ],
    outside_collaborators: ['dave'],
    teams: [
      {
        id: 201,
        node_id: 'T_201',
        slug: 'eng',
        name: 'Engineering',
        privacy: 'closed',
        parent_slug: null,
        created_at: '2024-01-01T00:00:00Z',
        members: [{ login: 'bob', role: 'maintainer' }],
        repos: [{ repo: 'api', permission: 'push' }],
      },
      {
        id: 202,
        node_id: 'T_202',
        slug: 'platform',
        name: 'Platform',
        privacy: 'secret',
        parent_slug: 'eng',
        created_at: '2024-02-01T00:00:00Z',
        members: [{ login: 'carol', role: 'member' }],
        repos: [{ repo: 'web', permission: 'maintain' }],
      },
    ],
    repos: [
      repo('api', 301, {
        collaborators: [
          { login: 'dave', permission: 'push' },
          { login: 'bob', permission: 'admin' },
        ],
        invitations: [
          {
            id: 401,
            node_id: 'RI_401',
            invitee: 'erin',
            inviter: 'alice',
            permissions: 'write',
            created_at: '2026-11-01T00:00:00Z',
            expired: false,
          },
        ],
        deploy_keys: [
          {
            id: 501,
            key: 'ssh-ed25519 AAAAC3Nza',
            title: 'ci deploy',
            read_only: false,
            verified: true,
            created_at: '2025-01-01T00:00:00Z',
            last_used: null,
            added_by: 'bob',
            enabled: true,
          },
        ],
        secrets: [
          { name: 'DEPLOY_TOKEN', created_at: '2024-05-01T00:00:00Z', updated_at: '2025-05-01T00:00:00Z' },
        ],
        dependabot_secrets: [
          { name: 'NPM_TOKEN', created_at: '2024-05-01T00:00:00Z', updated_at: '2024-05-01T00:00:00Z' },
        ],
        environments: [
          {
            id: 601,
            name: 'production',
            created_at: '2024-01-01T00:00:00Z',
            updated_at: '2024-01-01T00:00:00Z',
            secrets: [
              { name: 'PROD_DB', created_at: '2024-01-01T00:00:00Z', updated_at: '2024-01-01T00:00:00Z' },
            ],
          },
        ],
      }),
      repo('web', 302, { visibility: 'public', archived: true }),
      repo('sentinel', 303),
    ],
    invitations: [
      {
        id: 701,
        node_id: 'OI_701',
        login: 'erin',
        email: null,
        role: 'direct_member',
        created_at: '2026-11-01T00:00:00Z',
        inviter: 'alice',
        team_slugs: ['eng'],
        invitation_source: 'member',
        failed_at: null,
        failed_reason: null,
      },
    ],
    failed_invitations: [
      {
        id: 702,
        node_id: 'OI_702',
        login: null,
        email: 'old@acme.example',
        role: 'direct_member',
        created_at: '2026-09-01T00:00:00Z',
        inviter: 'alice',
        team_slugs: [],
        invitation_source: 'member',
        failed_at: '2026-09-08T00:00:00Z',
        failed_reason: 'Invitation expired',
      },
    ],
    pat_grants: [
      {
        id: 801,
        owner: 'bob',
        token_id: 8801,
        token_name: 'deploy',
        token_expired: false,
        token_expires_at: null,
        token_last_used_at: '2026-06-01T00:00:00Z',
        access_granted_at: '2025-01-01T00:00:00Z',
        repository_selection: 'subset',
        repositories: ['api'],
        permissions: { repository: { contents: 'write' } },
      },
      {
        id: 802,
        owner: 'carol',
        token_id: 8802,
        token_name: 'read',
        token_expired: false,
        token_expires_at: '2027-01-01T00:00:00Z',
        token_last_used_at: null,
        access_granted_at: '2026-01-01T00:00:00Z',
        repository_selection: 'all',
        repositories: [],
        permissions: { organization: { members: 'read' } },
      },
    ],
    credential_authorizations: [
      {
        login: 'bob',
        credential_id: 901,
        credential_type: 'personal access token',
        credential_authorized_at: '2025-01-01T00:00:00Z',
        credential_accessed_at: '2026-01-01T00:00:00Z',
        authorized_credential_id: 9901,
        authorized_credential_expires_at: null,
        scopes: ['repo'],
        token_last_eight: 'abcd1234',
        fingerprint: null,
        authorized_credential_title: null,
        authorized_credential_note: 'laptop',
      },
      {
        login: 'carol',
        credential_id: 902,
        credential_type: 'SSH key',
        credential_authorized_at: '2025-03-01T00:00:00Z',
        credential_accessed_at: null,
        authorized_credential_id: 9902,
        authorized_credential_expires_at: null,
        scopes: [],
        token_last_eight: null,
        fingerprint: 'SHA256:abc',
        authorized_credential_title: 'work key',
        authorized_credential_note: null,
      },
    ],
    org_secrets: [
      {
        name: 'ORG_TOKEN',
        created_at: '2024-01-01T00:00:00Z',
        updated_at: '2024-01-01T00:00:00Z',
        visibility: 'selected',
        selected_repositories: ['api'],
      },
    ],
    org_dependabot_secrets: [
      {
        name: 'ORG_NPM',
        created_at: '2024-01-01T00:00:00Z',
        updated_at: '2024-01-01T00:00:00Z',
        visibility: 'all',
        selected_repositories: [],
      },
    ],
    saml_identities: [
      {
        guid: 'g-1',
        login: 'bob',
        name_id: 'bob@acme.example',
        username: 'bob@acme.example',
        emails: ['bob@acme.example'],
      },
      {
        guid: 'g-2',
        login: null,
        name_id: 'zed@acme.example',
        username: 'zed@acme.example',
        emails: ['zed@acme.example'],
      },
    ],
    verified_domain_emails: { bob: ['bob@acme.example'] },
    contributions: [
      { login: 'bob', repo: 'api', kind: 'commit', occurred_at: '2026-10-01T00:00:00Z', count: 3 },
      { login: 'bob', repo: 'api', kind: 'commit', occurred_at: '2026-11-01T00:00:00Z', count: 2 },
      { login: 'bob', repo: 'web', kind: 'pull-request', occurred_at: '2026-09-01T00:00:00Z', count: 1 },
      { login: 'carol', repo: 'web', kind: 'review', occurred_at: '2025-01-01T00:00:00Z', count: 1 },
    ],
    audit_log: audit,
    issues: [],
    check_runs: [],
    labels: [],
    branches: [],
  };
}

export function buildScenario(options: FixtureOptions = {}): Scenario {
  return {
    org: buildOrg(options),
    actionRepo: 'acme/sentinel',
    expected: [],
    nearMisses: [],
    departures: [],
    policy: { serviceAccounts: [], approvedActors: [], approvedWorkflows: [], exemptions: [] },
  };
}
