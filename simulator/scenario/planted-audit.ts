// The planted audit-mode cases (each an ExpectedFinding) and their near-misses, following
// docs/rule-semantics.md with the catalogue's default thresholds.
import type { SimDeployKey, SimRepo } from '../state.js';
import { addCredential, addPatGrant, newSecret } from './credentials.js';
import { plantCredentialChanges, plantFormerEmployee } from './planted-anomalies.js';
import {
  ACTION_REPO_NAME,
  addContribution,
  addEvent,
  expectFinding,
  nearMiss,
  ORG_LOGIN,
  type Builder,
} from './builder.js';
import { CAST, ORDINARY_CAST } from './cast.js';
import { isoAt } from './clock.js';
import { sshKeyFor } from './ids.js';

const ORG = `org:${ORG_LOGIN}`;
const repoId = (name: string) => `repo:${ORG_LOGIN}/${name}`;
const keyId = (repo: string, id: number) => `deploy-key:${ORG_LOGIN}/${repo}/${id}`;

/** Members of the random background, for planted objects that need an ordinary owner. */
function ordinaryMembers(b: Builder): string[] {
  const outside = new Set(b.org.outside_collaborators);
  return b.org.members
    .map((member) => member.login)
    .filter((login) => !b.reserved.has(login) && !ORDINARY_CAST.includes(login) && !outside.has(login));
}

function plantRepos(b: Builder): SimRepo[] {
  return b.rng.shuffle(b.org.repos.filter((repo) => !repo.archived && repo.name !== ACTION_REPO_NAME));
}

export function plantAuditCases(b: Builder): void {
  const repos = plantRepos(b);
  const people = b.rng.shuffle(ordinaryMembers(b));
  plantActivity(b, repos);
  plantDeployKeys(b, repos, people);
  plantTokens(b, people);
  plantSecrets(b, repos);
  plantFormerEmployee(b, repos);
  plantCredentialChanges(b, repos);
}

function plantActivity(b: Builder, repos: SimRepo[]): void {
  const { clock } = b;
  // Stale member: last contribution and last audit event 120 days ago.
  addContribution(b, CAST.staleMember, repos[0].name, 'issue', 120);
  addContribution(b, CAST.staleMember, repos[0].name, 'commit', 210, 2);
  addEvent(b, {
    atMs: clock.msDaysAgo(121),
    action: 'repo.download_zip',
    actor: CAST.staleMember,
    repo: repos[0].name,
  });
  expectFinding(b, 'stale-member', CAST.staleMember, ORG, 'member last active 120 days ago (default 90)');
  expectFinding(b, 'stale-member', CAST.dormantOwner, ORG, 'owner with no activity at all in the year');

  // Write through a team on a repository the person never touched.
  const team =
    b.org.teams.find(
      (candidate) =>
        candidate.parent_slug === null &&
        candidate.repos.some((grant) => ['push', 'maintain', 'admin'].includes(grant.permission)),
    ) ?? b.org.teams[0];
  let untouched = team.repos.find((grant) => ['push', 'maintain', 'admin'].includes(grant.permission));
  if (!untouched) {
    untouched = { repo: repos[1].name, permission: 'push' };
    team.repos.push(untouched);
  }
  team.members.push({ login: CAST.teamWriter, role: 'member' });
  for (const grant of team.repos) {
    if (grant !== untouched) addContribution(b, CAST.teamWriter, grant.repo, 'commit', b.rng.int(3, 30), 2);
  }
  addContribution(b, CAST.teamWriter, ACTION_REPO_NAME, 'issue', 6);
  expectFinding(
    b,
    'unused-write-access',
    CAST.teamWriter,
    repoId(untouched.repo),
    `${untouched.permission} through team ${team.slug}; never contributed to ${untouched.repo}`,
  );

  // A direct admin (outside collaborator) who stopped contributing 200 days ago.
  const lapsed = repos[2];
  lapsed.collaborators.push({ login: CAST.lapsedAdmin, permission: 'admin' });
  addContribution(b, CAST.lapsedAdmin, lapsed.name, 'commit', 200, 4);
  addContribution(b, CAST.lapsedAdmin, lapsed.name, 'pull-request', 230);
  expectFinding(
    b,
    'unused-write-access',
    CAST.lapsedAdmin,
    repoId(lapsed.name),
    'direct admin, last contribution 200 days ago',
  );

  // Near-misses for stale-member and unused-write-access.
  const readOnly = repos[3];
  addContribution(b, CAST.reviewOnly, repos[4].name, 'review', 20);
  addContribution(b, CAST.reviewOnly, repos[4].name, 'commit', 200);
  readOnly.collaborators.push({ login: CAST.reviewOnly, permission: 'pull' });
  nearMiss(b, 'stale-member', CAST.reviewOnly, ORG, 'only recent activity is a review 20 days ago');
  nearMiss(b, 'unused-write-access', CAST.reviewOnly, repoId(readOnly.name), 'read access, no contribution');

  addEvent(b, {
    atMs: clock.msDaysAgo(15),
    action: 'repo.download_zip',
    actor: CAST.auditOnly,
    repo: repos[5].name,
  });
  addEvent(b, { atMs: clock.msDaysAgo(3), action: 'git.clone', actor: CAST.auditOnly, repo: repos[5].name });
  const archived = b.org.repos.find((repo) => repo.archived)!;
  archived.collaborators.push({ login: CAST.auditOnly, permission: 'push' });
  nearMiss(
    b,
    'stale-member',
    CAST.auditOnly,
    ORG,
    'only recent activity is audit-log events (15 and 3 days ago)',
  );
  nearMiss(
    b,
    'unused-write-access',
    CAST.auditOnly,
    repoId(archived.name),
    'write on an archived repository, no contribution',
  );
  nearMiss(b, 'stale-member', CAST.ciBot, ORG, 'inactive, but a service account in the policy');
}

function addKey(
  b: Builder,
  repo: SimRepo,
  spec: {
    title: string;
    readOnly: boolean;
    createdAgo: number;
    lastUsedAgo: number | null;
    addedBy: string | null;
  },
): SimDeployKey {
  const id = b.ids.id('deploy-key');
  const key: SimDeployKey = {
    id,
    key: sshKeyFor(`${repo.name}/${id}`).key,
    title: spec.title,
    read_only: spec.readOnly,
    verified: true,
    created_at: b.clock.daysAgo(spec.createdAgo),
    last_used: spec.lastUsedAgo === null ? null : b.clock.daysAgo(spec.lastUsedAgo),
    added_by: spec.addedBy,
    enabled: true,
  };
  repo.deploy_keys.push(key);
  return key;
}

function plantDeployKeys(b: Builder, repos: SimRepo[], people: string[]): void {
  const [r1, r2, r3, r4, r5, r6] = repos.slice(6, 12);
  const neverUsed = addKey(b, r1, {
    title: 'staging sync',
    readOnly: true,
    createdAgo: 45,
    lastUsedAgo: null,
    addedBy: people[0],
  });
  expectFinding(
    b,
    'stale-deploy-key',
    people[0],
    keyId(r1.name, neverUsed.id),
    'never used, created 45 days ago (default 30)',
  );
  const unused = addKey(b, r2, {
    title: 'old backup',
    readOnly: true,
    createdAgo: 300,
    lastUsedAgo: 100,
    addedBy: null,
  });
  expectFinding(
    b,
    'stale-deploy-key',
    null,
    keyId(r2.name, unused.id),
    'last used 100 days ago (default 90)',
  );
  const writable = addKey(b, r3, {
    title: 'release tagger',
    readOnly: false,
    createdAgo: 200,
    lastUsedAgo: 2,
    addedBy: people[1],
  });
  expectFinding(
    b,
    'write-deploy-key',
    people[1],
    keyId(r3.name, writable.id),
    'read_only false, used 2 days ago',
  );

  const recent = addKey(b, r4, {
    title: 'docs mirror',
    readOnly: true,
    createdAgo: 200,
    lastUsedAgo: 10,
    addedBy: people[2],
  });
  nearMiss(b, 'stale-deploy-key', people[2], keyId(r4.name, recent.id), 'used 10 days ago');
  nearMiss(b, 'write-deploy-key', people[2], keyId(r4.name, recent.id), 'read-only key');
  const young = addKey(b, r5, {
    title: 'new runner',
    readOnly: true,
    createdAgo: 10,
    lastUsedAgo: null,
    addedBy: people[3],
  });
  nearMiss(
    b,
    'stale-deploy-key',
    people[3],
    keyId(r5.name, young.id),
    'never used, but created only 10 days ago',
  );
  const exempted = addKey(b, r6, {
    title: 'gh-pages publisher',
    readOnly: false,
    createdAgo: 500,
    lastUsedAgo: 1,
    addedBy: CAST.ciBot,
  });
  const resource = keyId(r6.name, exempted.id);
  b.policy.exemptions.push({
    subjects: [],
    resources: [resource],
    rules: ['write-deploy-key'],
    reason: 'Publishes the documentation site; replacement by a GitHub App tracked in SEC-142',
    expires: isoAt(b.clock.nowMs + 180 * 86_400_000).slice(0, 10),
  });
  nearMiss(b, 'write-deploy-key', CAST.ciBot, resource, 'write key with a valid exemption');
}

function plantTokens(b: Builder, people: string[]): void {
  const forever = addPatGrant(b, people[4], {
    name: 'forever-token',
    grantedAgo: 60,
    lifetimeDays: null,
    lastUsedAgo: 2,
    repos: null,
  });
  expectFinding(b, 'long-lived-token', people[4], `pat:${forever.token_id}`, 'fine-grained PAT without expiry');
  const long = addPatGrant(b, people[5], {
    name: 'yearly-report',
    grantedAgo: 30,
    lifetimeDays: 400,
    lastUsedAgo: 1,
    repos: null,
  });
  expectFinding(
    b,
    'long-lived-token',
    people[5],
    `pat:${long.token_id}`,
    'fine-grained PAT with a 400-day lifetime (max 366)',
  );
  const idle = addPatGrant(b, people[6], {
    name: 'migration',
    grantedAgo: 200,
    lifetimeDays: 365,
    lastUsedAgo: 120,
    repos: null,
  });
  expectFinding(
    b,
    'stale-token',
    people[6],
    `pat:${idle.token_id}`,
    'fine-grained PAT last used 120 days ago (default 90)',
  );
  const sshKey = addCredential(b, people[7], 'SSH key', { authorizedAgo: 300, accessedAgo: 100 });
  expectFinding(
    b,
    'stale-token',
    people[7],
    `credential:${sshKey.credential_id}`,
    'SSH key credential last accessed 100 days ago',
  );

  const withinPolicy = addPatGrant(b, people[8], {
    name: 'ci-metrics',
    grantedAgo: 20,
    lifetimeDays: 365,
    lastUsedAgo: 1,
    repos: null,
  });
  nearMiss(
    b,
    'long-lived-token',
    people[8],
    `pat:${withinPolicy.token_id}`,
    '365-day lifetime, within the 366 maximum',
  );
  const recentUse = addPatGrant(b, people[9], {
    name: 'release-notes',
    grantedAgo: 100,
    lifetimeDays: 180,
    lastUsedAgo: 80,
    repos: null,
  });
  nearMiss(b, 'stale-token', people[9], `pat:${recentUse.token_id}`, 'last used 80 days ago (default 90)');
  for (const expired of b.org.pat_grants.filter((grant) => grant.token_expired)) {
    nearMiss(b, 'stale-token', expired.owner, `pat:${expired.token_id}`, 'expired token, last used long ago');
  }
}

function plantSecrets(b: Builder, repos: SimRepo[]): void {
  const legacyOrg = {
    ...newSecret(b, 'ORG_LEGACY_FTP_PASSWORD', 400),
    visibility: 'selected' as const,
    selected_repositories: [repos[12].name],
  };
  b.org.org_secrets.push(legacyOrg);
  expectFinding(
    b,
    'stale-secret',
    null,
    `secret:${ORG_LOGIN}/${legacyOrg.name}`,
    'organization secret updated 400 days ago',
  );
  const legacyRepo = newSecret(b, 'LEGACY_DEPLOY_TOKEN', 400);
  repos[13].secrets.push(legacyRepo);
  expectFinding(
    b,
    'stale-secret',
    null,
    `secret:${ORG_LOGIN}/${repos[13].name}/${legacyRepo.name}`,
    'repository secret updated 400 days ago',
  );
  const withEnvironment = repos.find((repo) => repo.environments.length > 0)!;
  const environment = withEnvironment.environments[0];
  const legacyEnv = newSecret(b, 'LEGACY_SIGNING_KEY', 400);
  environment.secrets.push(legacyEnv);
  expectFinding(
    b,
    'stale-secret',
    null,
    `secret:${ORG_LOGIN}/${withEnvironment.name}/env/${environment.name}/${legacyEnv.name}`,
    'environment secret updated 400 days ago',
  );
  const rotated = newSecret(b, 'ROTATED_API_KEY', 1);
  repos[14].secrets.push(rotated);
  nearMiss(
    b,
    'stale-secret',
    null,
    `secret:${ORG_LOGIN}/${repos[14].name}/${rotated.name}`,
    'rotated yesterday',
  );
}
