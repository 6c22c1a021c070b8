// An independent, deliberately plain reading of docs/rule-semantics.md's audit table with the
// catalogue's default thresholds, used to check that the generated organization produces
// exactly the planted findings. It shares no code with the generator.
import type { Scenario, SimAuditEvent, SimOrg } from '../../../simulator/state.js';

const DAY = 86_400_000;
const CHANGE_ACTIONS = [
  /^public_key\.(delete|update)$/,
  /^personal_access_token\.access_revoked$/,
  /^org_credential_authorization\.(revoke|deauthorize)$/,
  /\.(remove|update)_(actions|integration)_secret$/,
];

export interface OracleFinding {
  rule: string;
  subject: string | null;
  resource: string;
  key?: string;
}

export const findingKey = (finding: OracleFinding): string =>
  `${finding.rule}|${finding.subject ?? '-'}|${finding.resource}${finding.key ? `|${finding.key}` : ''}`;

function globMatch(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return regex.test(value);
}

export function auditOracle(scenario: Scenario): OracleFinding[] {
  const { org, policy } = scenario;
  const now = Date.parse(org.now);
  const older = (iso: string, days: number) => Date.parse(iso) < now - days * DAY;
  const out: OracleFinding[] = [];
  const exempted = (rule: string, subject: string | null, resource: string) =>
    policy.exemptions.some(
      (exemption) =>
        (exemption.rules.length === 0 || exemption.rules.includes(rule)) &&
        (exemption.resources.length === 0 ||
          exemption.resources.some((pattern) => globMatch(pattern, resource))) &&
        (exemption.subjects.length === 0 ||
          (subject !== null && exemption.subjects.some((pattern) => globMatch(pattern, subject)))),
    );
  const push = (finding: OracleFinding) => {
    if (!exempted(finding.rule, finding.subject, finding.resource)) out.push(finding);
  };

  // Deploy keys
  for (const repo of org.repos) {
    for (const key of repo.deploy_keys) {
      const resource = `deploy-key:${org.login}/${repo.name}/${key.id}`;
      const stale = key.last_used === null ? older(key.created_at, 30) : older(key.last_used, 90);
      if (stale) push({ rule: 'stale-deploy-key', subject: key.added_by, resource });
      if (!key.read_only) push({ rule: 'write-deploy-key', subject: key.added_by, resource });
    }
  }
  // Tokens and credentials
  for (const grant of org.pat_grants) {
    if (grant.token_expired) continue;
    const resource = `pat:${grant.token_id}`;
    const lifetime =
      grant.token_expires_at === null
        ? Infinity
        : (Date.parse(grant.token_expires_at) - Date.parse(grant.access_granted_at)) / DAY;
    if (lifetime > 366) push({ rule: 'long-lived-token', subject: grant.owner, resource });
    if (older(grant.token_last_used_at ?? grant.access_granted_at, 90))
      push({ rule: 'stale-token', subject: grant.owner, resource });
  }
  for (const credential of org.credential_authorizations) {
    const expiry = credential.authorized_credential_expires_at;
    if (expiry !== null && Date.parse(expiry) <= now) continue;
    if (older(credential.credential_accessed_at ?? credential.credential_authorized_at, 90)) {
      push({
        rule: 'stale-token',
        subject: credential.login,
        resource: `credential:${credential.credential_id}`,
      });
    }
  }
  // Secrets
  for (const secret of [...org.org_secrets, ...org.org_dependabot_secrets]) {
    if (older(secret.updated_at, 365))
      push({ rule: 'stale-secret', subject: null, resource: `secret:${org.login}/${secret.name}` });
  }
  for (const repo of org.repos) {
    for (const secret of [...repo.secrets, ...repo.dependabot_secrets]) {
      if (older(secret.updated_at, 365))
        push({
          rule: 'stale-secret',
          subject: null,
          resource: `secret:${org.login}/${repo.name}/${secret.name}`,
        });
    }
    for (const environment of repo.environments) {
      for (const secret of environment.secrets) {
        if (older(secret.updated_at, 365)) {
          push({
            rule: 'stale-secret',
            subject: null,
            resource: `secret:${org.login}/${repo.name}/env/${environment.name}/${secret.name}`,
          });
        }
      }
    }
  }
  // Members and write access
  const lastActivity = new Map<string, number>();
  const bump = (login: string, at: number) =>
    lastActivity.set(login, Math.max(lastActivity.get(login) ?? 0, at));
  for (const contribution of org.contributions)
    bump(contribution.login, Date.parse(contribution.occurred_at));
  for (const event of org.audit_log) if (event.actor) bump(event.actor, event['@timestamp']);
  const service = (login: string) => policy.serviceAccounts.some((pattern) => globMatch(pattern, login));
  for (const member of org.members) {
    if (member.login.endsWith('[bot]') || service(member.login)) continue;
    const last = lastActivity.get(member.login);
    if (last === undefined || last < now - 90 * DAY)
      push({ rule: 'stale-member', subject: member.login, resource: `org:${org.login}` });
  }
  const strong = new Set(['push', 'maintain', 'admin']);
  const writes = new Map<string, Set<string>>();
  const addWrite = (login: string, repo: string) => {
    if (!writes.has(login)) writes.set(login, new Set());
    writes.get(login)!.add(repo);
  };
  for (const repo of org.repos)
    for (const c of repo.collaborators) if (strong.has(c.permission)) addWrite(c.login, repo.name);
  for (const team of org.teams) {
    const chain = [team];
    for (
      let parent = org.teams.find((t) => t.slug === team.parent_slug);
      parent;
      parent = org.teams.find((t) => t.slug === parent.parent_slug)
    ) {
      chain.push(parent);
    }
    for (const member of team.members)
      for (const t of chain)
        for (const grant of t.repos) if (strong.has(grant.permission)) addWrite(member.login, grant.repo);
  }
  const archived = new Set(org.repos.filter((repo) => repo.archived).map((repo) => repo.name));
  const contributed = new Set(
    org.contributions.filter((c) => !older(c.occurred_at, 180)).map((c) => `${c.login}|${c.repo}`),
  );
  for (const [login, repos] of writes) {
    if (login.endsWith('[bot]')) continue;
    for (const repo of repos) {
      if (!archived.has(repo) && !contributed.has(`${login}|${repo}`)) {
        push({ rule: 'unused-write-access', subject: login, resource: `repo:${org.login}/${repo}` });
      }
    }
  }
  // Offboarded people from closed tracking issues
  const marker = /<!-- offboarding-sentinel:tracking (\{.*?\}) -->/;
  for (const issue of org.issues) {
    const match = marker.exec(issue.body ?? '');
    if (!issue.labels.includes('offboarding') || !match) continue;
    const { subject, offboardedAt } = JSON.parse(match[1]) as { subject: string; offboardedAt: string };
    const cutoff = Date.parse(offboardedAt);
    const ips = new Set(
      org.audit_log
        .filter((e) => e.actor === subject && e['@timestamp'] <= cutoff && e.actor_ip)
        .map((e) => e.actor_ip),
    );
    for (const event of org.audit_log) {
      if (event['@timestamp'] <= cutoff) continue;
      if (event.actor === subject)
        push({ rule: 'activity-after-offboarding', subject, resource: `event:${event._document_id}` });
      else if (event.actor_ip && ips.has(event.actor_ip))
        push({ rule: 'offboarded-ip-activity', subject, resource: `event:${event._document_id}` });
    }
  }
  // Credential changes the learned normal does not explain, one per episode (changes by one actor
  // no more than 10 minutes apart): 5 or more within 10 minutes when the actor never had such a
  // burst, a repository the actor neither contributes to, administers nor changed at another
  // time, or an address none of their 3+ earlier events came from.
  const approved = (event: SimAuditEvent) =>
    policy.approvedActors.some((pattern) => event.actor !== null && globMatch(pattern, event.actor)) ||
    (typeof event.workflow === 'string' &&
      policy.approvedWorkflows.some((pattern) => globMatch(pattern, event.workflow as string)));
  const changes = org.audit_log.filter(
    (event) => CHANGE_ACTIONS.some((pattern) => pattern.test(event.action)) && !approved(event),
  );
  const byActor = new Map<string, SimAuditEvent[]>();
  for (const event of changes)
    if (event.actor) byActor.set(event.actor, [...(byActor.get(event.actor) ?? []), event]);
  for (const [actor, events] of byActor) {
    events.sort((a, b) => a['@timestamp'] - b['@timestamp']);
    const episodes: SimAuditEvent[][] = [];
    for (const event of events) {
      const last = episodes.at(-1);
      if (last && event['@timestamp'] - last[last.length - 1]['@timestamp'] <= 10 * 60_000) last.push(event);
      else episodes.push([event]);
    }
    const works = new Set(org.contributions.filter((c) => c.login === actor).map((c) => c.repo));
    for (const repo of org.repos)
      if (repo.collaborators.some((c) => c.login === actor && c.permission === 'admin')) works.add(repo.name);
    for (const episode of episodes) {
      const others = episodes.filter((other) => other !== episode);
      const repos = new Set([...works, ...others.flat().map((e) => (e.repo ?? '').split('/')[1])]);
      const largest = Math.max(0, ...others.map((other) => other.length));
      const earlier = org.audit_log.filter(
        (e) => e.actor === actor && e.actor_ip && e['@timestamp'] < episode[0]['@timestamp'],
      );
      const burst = episode.length >= 5 && episode.length > largest;
      const outside = episode.some((e) => e.repo && !repos.has(e.repo.split('/')[1]));
      const newIp =
        earlier.length >= 3 &&
        episode.some((e) => e.actor_ip && !earlier.some((x) => x.actor_ip === e.actor_ip));
      if (burst || outside || newIp)
        push({
          rule: 'unapproved-credential-change',
          subject: actor,
          resource: `event:${episode[0]._document_id}`,
          ...(episode.length > 1 ? { key: 'burst' } : {}),
        });
    }
  }
  return out;
}

/** Whether a contract resource identifier names something present in the organization. */
export function resourceExists(org: SimOrg, resource: string): boolean {
  const [kind, rest] = [resource.slice(0, resource.indexOf(':')), resource.slice(resource.indexOf(':') + 1)];
  const repoNamed = (name: string) => org.repos.find((repo) => repo.name === name);
  switch (kind) {
    case 'org':
      return rest === org.login;
    case 'repo':
      return repoNamed(rest.split('/')[1]) !== undefined;
    case 'team':
      return org.teams.some((team) => team.slug === rest.split('/')[1]);
    case 'deploy-key': {
      const [, repo, id] = rest.split('/');
      return repoNamed(repo)?.deploy_keys.some((key) => key.id === Number(id)) ?? false;
    }
    case 'pat':
      return org.pat_grants.some((grant) => grant.token_id === Number(rest));
    case 'credential':
      return org.credential_authorizations.some((credential) => credential.credential_id === Number(rest));
    case 'event':
      return org.audit_log.some((event) => event._document_id === rest);
    case 'invitation':
      return (
        org.invitations.some((invitation) => invitation.id === Number(rest)) ||
        org.repos.some((repo) => repo.invitations.some((invitation) => invitation.id === Number(rest)))
      );
    case 'secret': {
      const parts = rest.split('/');
      if (parts.length === 2)
        return [...org.org_secrets, ...org.org_dependabot_secrets].some((s) => s.name === parts[1]);
      const repo = repoNamed(parts[1]);
      if (parts.length === 3)
        return [...(repo?.secrets ?? []), ...(repo?.dependabot_secrets ?? [])].some(
          (s) => s.name === parts[2],
        );
      return (
        repo?.environments.find((e) => e.name === parts[3])?.secrets.some((s) => s.name === parts[4]) ?? false
      );
    }
    default:
      return false;
  }
}
