// The nightly audit, end to end: the bundled action against the simulated `acme` organization,
// through the runner emulation, checked against the scenario's planted cases and near-misses.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { harness, keyOf, reportOf, type Harness } from './harness.js';

/**
 * What GitHub's audit log records when a deploy key changes (it is deleted and added again):
 * after a complete read, the audit re-reads only the lists that an event touched.
 */
function logKeyChange(h: Harness, repo: string): void {
  const at = Date.parse(h.scenario.org.now);
  h.scenario.org.audit_log.push({
    _document_id: `key-change-${h.scenario.org.audit_log.length}`,
    '@timestamp': at,
    created_at: at,
    action: 'public_key.create',
    actor: h.scenario.org.members[0].login,
    repo: `acme/${repo}`,
    org: 'acme',
  });
}

describe('mode: audit on the demo organization', () => {
  let h: Harness;
  let first: Awaited<ReturnType<Harness['run']>>;

  beforeAll(async () => {
    h = await harness();
    first = await h.run({ inputs: { mode: 'audit', report: 'check-run,issues,summary,json,sarif' } });
  });
  afterAll(() => h.close());

  it('reports exactly the planted cases: 100% precision and recall', () => {
    const report = reportOf(first);
    const expected = h.scenario.expected
      .filter((e) => e.mode === 'audit')
      .map(keyOf)
      .sort();
    const actual = report.findings.map(keyOf).sort();
    expect(actual).toEqual(expected);
  });

  it('reports none of the near-misses', () => {
    const report = reportOf(first);
    for (const miss of h.scenario.nearMisses) {
      const hit = report.findings.find(
        (f) =>
          f.rule === miss.rule &&
          f.resource === miss.resource &&
          (miss.subject === null || f.subject === miss.subject),
      );
      expect(hit ? `${miss.why}: ${hit.message}` : null).toBeNull();
    }
  });

  it('counts the exempted finding with its reason instead of dropping it', () => {
    const report = reportOf(first);
    expect(report.exempted.length).toBe(h.scenario.policy.exemptions.length);
    expect(JSON.stringify(report.exempted)).toContain(h.scenario.policy.exemptions[0].reason);
  });

  it('sets the outputs and fails the step at fail-on high', () => {
    const report = reportOf(first);
    expect(first.outputs.findings).toBe(String(report.findings.length));
    expect(first.outputs.conclusion).toBe('failure');
    expect(first.exitCode).toBe(1);
    expect(first.outputs['sarif-path']).toMatch(/\.sarif$/);
    expect(report.stats.graphqlRequests).toBeGreaterThan(0);
    expect(report.stats.restRequests).toBeGreaterThan(0);
  });

  it('posts a completed check run on the commit and opens one issue per rule', () => {
    const run = h.scenario.org.check_runs.at(-1);
    expect(run?.status).toBe('completed');
    expect(run?.conclusion).toBe('failure');
    expect(run?.head_sha).toBe('a'.repeat(40));
    const rules = new Set(reportOf(first).findings.map((f) => f.rule));
    const open = h.scenario.org.issues.filter(
      (i) => i.state === 'open' && i.labels.includes('offboarding-sentinel'),
    );
    expect(open).toHaveLength(rules.size);
    for (const rule of rules) expect(open.some((issue) => issue.title.includes(rule))).toBe(true);
  });

  it('writes a job summary and never leaks the token', () => {
    expect(first.summary).toContain('Offboarding Sentinel');
    expect(first.summary).toContain('```mermaid');
    // `::add-mask::` is how the runner learns the secret; the runner never prints that line.
    const stdout = first.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(first.stdout).toContain(`::add-mask::${h.sim.token}`);
    for (const text of [stdout, first.stderr, first.summary, JSON.stringify(first.report)]) {
      expect(text).not.toContain(h.sim.token);
    }
  });

  it('writes SARIF that the SARIF multitool validates', () => {
    const sarif = first.outputs['sarif-path'];
    expect(existsSync(sarif)).toBe(true);
    const out = join(first.runnerTemp, 'validation.sarif');
    execFileSync(join('node_modules', '.bin', 'sarif-multitool'), ['validate', sarif, '--output', out], {
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    });
    const results =
      (JSON.parse(execFileSync('cat', [out]).toString()) as { runs: { results?: { level: string }[] }[] })
        .runs[0].results ?? [];
    expect(results.filter((result) => result.level === 'error')).toEqual([]);
  });

  it('an unchanged rerun opens nothing and comments nothing', async () => {
    const from = h.sim.log.length;
    const issuesBefore = h.scenario.org.issues.length;
    const rerun = await h.run({ inputs: { mode: 'audit' } });
    expect(
      reportOf(rerun)
        .findings.map((f) => f.fingerprint)
        .sort(),
    ).toEqual(
      reportOf(first)
        .findings.map((f) => f.fingerprint)
        .sort(),
    );
    expect(h.scenario.org.issues.length).toBe(issuesBefore);
    const issueWrites = h.writes(from).filter((w) => w.route.includes('/issues'));
    expect(issueWrites).toEqual([]);
  });

  it('the second run reads unchanged lists with conditional requests', () => {
    const conditional = h.sim.log.filter((entry) => entry.status === 304);
    expect(conditional.length).toBeGreaterThan(0);
  });

  it('closes the issue of a fixed finding and reopens it when the finding returns', async () => {
    // Fix the write deploy key: make it read-only.
    const finding = reportOf(first).findings.find((f) => f.rule === 'write-deploy-key')!;
    const [, owner, name, id] = /^deploy-key:([^/]+)\/([^/]+)\/(\d+)$/.exec(finding.resource)!;
    expect(owner).toBe('acme');
    const key = h.scenario.org.repos
      .find((r) => r.name === name)!
      .deploy_keys.find((k) => k.id === Number(id))!;
    key.read_only = true;
    logKeyChange(h, name);
    const fixed = await h.run({ inputs: { mode: 'audit' } });
    expect(reportOf(fixed).findings.some((f) => f.rule === 'write-deploy-key')).toBe(false);
    const issue = h.scenario.org.issues.find((i) => i.title.includes('write-deploy-key'))!;
    expect(issue.state).toBe('closed');
    expect(issue.comments.at(-1)?.body).toMatch(/closed|none/i);

    key.read_only = false;
    logKeyChange(h, name);
    await h.run({ inputs: { mode: 'audit' } });
    const again = h.scenario.org.issues.filter((i) => i.title.includes('write-deploy-key'));
    expect(again).toHaveLength(1);
    expect(again[0].state).toBe('open');
  });

  it('a dry run writes the report and the plan and posts nothing', async () => {
    const from = h.sim.log.length;
    const dry = await h.run({ inputs: { mode: 'audit', 'dry-run': 'true' } });
    expect(reportOf(dry).findings.length).toBeGreaterThan(0);
    expect(h.writes(from)).toEqual([]);
    expect(existsSync(join(dry.runnerTemp, 'offboarding-sentinel', 'plan.json'))).toBe(true);
  });
});

describe('two audits started at the same time', () => {
  it('leave one open issue per rule', async () => {
    const h = await harness({ seed: 3 });
    try {
      await Promise.all([h.run({ inputs: { mode: 'audit' } }), h.run({ inputs: { mode: 'audit' } })]);
      const open = h.scenario.org.issues.filter(
        (i) => i.state === 'open' && i.labels.includes('offboarding-sentinel'),
      );
      const titles = open.map((issue) => issue.title);
      expect(new Set(titles).size).toBe(titles.length);
    } finally {
      await h.close();
    }
  });
});

describe('an issue whose resources could not be read this time', () => {
  it('stays open, and the unreadable resource becomes a coverage-gap finding', async () => {
    const h = await harness({ seed: 5 });
    try {
      const first = reportOf(await h.run({ inputs: { mode: 'audit' } }));
      const finding = first.findings.find((f) => f.rule === 'write-deploy-key')!;
      const repo = finding.resource.split('/')[1];
      h.sim.switches.denials.push({ match: new RegExp(`^GET /repos/acme/${repo}/keys`), status: 403 });
      logKeyChange(h, repo);

      const second = reportOf(await h.run({ inputs: { mode: 'audit' } }));
      expect(second.findings.some((f) => f.rule === 'write-deploy-key')).toBe(false);
      expect(second.coverage.complete).toBe(false);
      expect(second.findings).toContainEqual(
        expect.objectContaining({
          rule: 'audit-coverage-gap',
          resource: expect.stringContaining(`repo:acme/${repo}`),
        }),
      );
      const issue = h.scenario.org.issues.find((i) => i.title.includes('write-deploy-key'))!;
      expect(issue.state).toBe('open');
      // Issues whose resources were all read still close normally.
      expect(h.scenario.org.issues.find((i) => i.title.includes('audit-coverage-gap'))?.state).toBe('open');
    } finally {
      await h.close();
    }
  });
});

describe('an organization generated from another seed', () => {
  it('is audited with the same precision and recall (the rules follow the semantics, not the demo)', async () => {
    const h = await harness({ seed: 7 });
    try {
      const report = reportOf(await h.run({ inputs: { mode: 'audit', report: 'json' } }));
      const expected = h.scenario.expected
        .filter((e) => e.mode === 'audit')
        .map(keyOf)
        .sort();
      expect(report.findings.map(keyOf).sort()).toEqual(expected);
    } finally {
      await h.close();
    }
  });
});

describe('offboarding-drift over past offboardings', () => {
  /**
   * Tracking issues of ten earlier offboardings, one a week, each with a token that the
   * administrator revoked `hours[i]` after offboarded-at (null: not revoked at all).
   */
  async function seedOffboardings(h: Harness, hours: (number | null)[]) {
    const { initialTrackingState } = await import('../../src/offboarding/tracking-state.js');
    const { renderTrackingIssue } = await import('../../src/offboarding/tracking-issue.js');
    const { defaultJourney } = await import('../../src/policy/journey.js');
    const org = h.scenario.org;
    const now = Date.parse(org.now);
    hours.forEach((revokedAfter, i) => {
      const login = `leaver-${i}`;
      const offMs = now - (3 + 7 * (hours.length - 1 - i)) * 86_400_000;
      const offboardedAt = new Date(offMs).toISOString();
      const items = [
        {
          kind: 'pat' as const,
          resource: `pat:${9100 + i}`,
          label: 'token',
          detail: { grantId: 9100 + i, tokenId: 9200 + i },
        },
      ];
      const state = initialTrackingState(
        {
          subject: login,
          organization: org.login,
          offboardedAt,
          source: 'snapshot',
          builtAt: offboardedAt,
          items,
          emails: [],
          knownIps: [],
          gaps: [],
          limits: [],
        },
        defaultJourney(24),
        new Date(offMs),
      );
      const { title, body } = renderTrackingIssue(state);
      org.issues.push({
        id: 880_000 + i,
        node_id: `I_seed${i}`,
        number: org.issues.length + 1,
        repo: 'offboarding-ops',
        title,
        body,
        state: 'closed',
        state_reason: 'completed',
        labels: ['offboarding'],
        assignees: [],
        user: 'github-actions[bot]',
        created_at: offboardedAt,
        updated_at: offboardedAt,
        closed_at: offboardedAt,
        comments: [],
      });
      if (revokedAfter !== null) {
        const at = offMs + revokedAfter * 3_600_000;
        org.audit_log.push({
          _document_id: `seed-revoke-${i}`,
          '@timestamp': at,
          created_at: at,
          action: 'personal_access_token.access_revoked',
          // An administrator the policy does not approve: the journey, not approval, explains it.
          actor: 'kowens',
          user: login,
          org: org.login,
          pat_id: 9100 + i,
        });
      }
    });
    org.audit_log.sort((x, y) => x['@timestamp'] - y['@timestamp']);
  }

  it('fires when token revocation slows down in the recent offboardings, from the first run', async () => {
    const h = await harness();
    try {
      await seedOffboardings(h, [4, 3, 5, 4, 6, 4, 3, 5, 4, null, null]);
      const report = reportOf(await h.run({ inputs: { mode: 'audit', report: 'json' } }));
      const drift = report.findings.filter((f) => f.rule === 'offboarding-drift');
      expect(drift).toHaveLength(1);
      expect(drift[0].message).toMatch(
        /^Offboarding step `revoke-tokens` was missed in 2 of the last 3 offboardings/,
      );
      expect(drift[0].evidence).toMatchObject({
        step: 'revoke-tokens',
        baseline: { pastOffboardings: 8, medianHours: 4 },
      });
      // The administrator's revocations carry out offboardings: journey evidence, not anomalies.
      expect(
        report.findings.filter((f) => f.rule === 'unapproved-credential-change' && f.subject === 'kowens'),
      ).toEqual([]);
      const anomaly = (report as unknown as { anomaly: { credentialChanges: { journey: number } } }).anomaly;
      expect(anomaly.credentialChanges.journey).toBe(9);
    } finally {
      await h.close();
    }
  });

  it('does not fire when the recent offboardings went as usual; too little history is said, not guessed', async () => {
    const h = await harness();
    try {
      await seedOffboardings(h, [4, 3, 5, 4, 6, 4, 3, 5, 4, 5, 6]);
      const report = reportOf(await h.run({ inputs: { mode: 'audit', report: 'json' } }));
      expect(report.findings.filter((f) => f.rule === 'offboarding-drift')).toEqual([]);
      const insufficient = (
        report as unknown as { history: { insufficient: { rule: string; reason: string }[] } }
      ).history.insufficient;
      expect(insufficient.map((entry) => entry.reason)).toContainEqual(
        expect.stringMatching(/^step remove-org-membership: 0 past offboardings/),
      );
      expect(insufficient.map((entry) => entry.reason)).not.toContainEqual(
        expect.stringMatching(/^step revoke-tokens/),
      );
    } finally {
      await h.close();
    }
  });
});

describe('feedback on an anomaly finding', () => {
  it('a findings issue closed as false-positive suppresses its findings, lists who decided, offers the exemption, and stays remembered', async () => {
    const h = await harness();
    try {
      const first = reportOf(await h.run({ inputs: { mode: 'audit', report: 'issues,summary,json' } }));
      const anomalies = first.findings.filter((f) => f.rule === 'unapproved-credential-change');
      expect(anomalies.length).toBeGreaterThan(0);
      const issue = h.scenario.org.issues.find(
        (i) => i.title === 'Offboarding Sentinel: unapproved-credential-change',
      )!;
      // A person closes it with the label (the simulator keeps labels by name).
      issue.state = 'closed';
      issue.state_reason = 'not_planned';
      issue.closed_at = '2026-11-27T09:00:00Z';
      issue.labels.push('false-positive');

      const second = await h.run({ inputs: { mode: 'audit', report: 'issues,summary,json' } });
      const report = reportOf(second) as unknown as {
        findings: { rule: string }[];
        anomaly: { suppressed: { resource: string; verdict: string; issue: number }[]; exemption: string };
      };
      expect(report.findings.filter((f) => f.rule === 'unapproved-credential-change')).toEqual([]);
      expect(report.anomaly.suppressed.map((s) => s.resource).sort()).toEqual(
        anomalies.map((f) => f.resource).sort(),
      );
      expect(report.anomaly.suppressed[0]).toMatchObject({ verdict: 'false-positive', issue: issue.number });
      expect(report.anomaly.exemption).toContain('reason: "false-positive: decided in #');
      expect(second.summary).toContain('## Suppressed by feedback');
      expect(issue.state).toBe('closed');

      // The verdict lives in the state: with the label gone, the findings stay suppressed.
      issue.labels = issue.labels.filter((label) => label !== 'false-positive');
      const third = reportOf(await h.run({ inputs: { mode: 'audit', report: 'json' } }));
      expect(third.findings.filter((f) => f.rule === 'unapproved-credential-change')).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
