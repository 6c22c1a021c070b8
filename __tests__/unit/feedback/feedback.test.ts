import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { applyFeedback, exemptionYaml, widenBaselines } from '../../../src/feedback/apply-feedback.js';
import {
  feedbackKey,
  mergeFeedback,
  readFeedback,
  type FeedbackIssue,
} from '../../../src/feedback/read-feedback.js';
import type { Finding } from '../../../src/model.js';
import { desiredAuditIssues } from '../../../src/reporters/issues.js';
import { buildReport } from '../../../src/reporters/report.js';
import { NOW } from '../../builders/snapshot.js';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  rule: 'unapproved-credential-change',
  severity: 'high',
  subject: 'fgarcia',
  resource: 'event:k0',
  fingerprint: 'f1',
  message: 'fgarcia deleted 5 deploy keys in 8 minutes',
  evidence: {
    count: 5,
    repos: ['acme/a', 'acme/b'],
    ips: ['192.0.2.24'],
    actions: ['public_key.delete'],
    orgSecrets: [],
    people: [],
  },
  ...overrides,
});
const other = finding({
  subject: 'ekim',
  resource: 'event:s1',
  fingerprint: 'f2',
  message: 'ekim deleted 1 Actions secret',
});

// The issue exactly as the audit renders it, then as a person leaves it.
function issueOf(findings: Finding[], overrides: Partial<FeedbackIssue> = {}): FeedbackIssue {
  const [desired] = desiredAuditIssues(
    buildReport({ organization: 'acme', mode: 'audit', generatedAt: NOW, findings }),
    {
      routing: [],
      organization: 'acme',
    },
  );
  return {
    number: 9,
    title: desired.title,
    body: desired.body,
    state: 'open',
    labels: ['offboarding-sentinel'],
    ...overrides,
  };
}

describe('reading feedback from the findings issues', () => {
  it('an issue closed with false-positive covers every finding listed in it, with who and when', () => {
    const issue = issueOf([finding(), other], {
      state: 'closed',
      labels: ['offboarding-sentinel', { name: 'false-positive' }],
      closed_at: '2026-11-26T10:00:00Z',
      closed_by: { login: 'secops-lead' },
    });
    expect(readFeedback([issue], NOW)).toEqual([
      {
        rule: 'unapproved-credential-change',
        resource: 'event:k0',
        subject: 'fgarcia',
        verdict: 'false-positive',
        by: 'secops-lead',
        at: '2026-11-26T10:00:00Z',
        issue: 9,
      },
      {
        rule: 'unapproved-credential-change',
        resource: 'event:s1',
        subject: 'ekim',
        verdict: 'false-positive',
        by: 'secops-lead',
        at: '2026-11-26T10:00:00Z',
        issue: 9,
      },
    ]);
  });

  it('one row marked accepted-risk covers that finding alone', () => {
    const issue = issueOf([finding(), other]);
    const body = issue
      .body!.split('\n')
      .map((line) => (line.includes('event:k0') ? line.replace('☐', 'accepted-risk') : line))
      .join('\n');
    const records = readFeedback([{ ...issue, body }], NOW);
    expect(records).toEqual([
      expect.objectContaining({ resource: 'event:k0', verdict: 'accepted-risk', by: null, at: NOW }),
    ]);
  });

  it('near miss: a closed issue without the label, an open issue with it, are no feedback', () => {
    expect(readFeedback([issueOf([finding()], { state: 'closed' })], NOW)).toEqual([]);
    expect(readFeedback([issueOf([finding()], { labels: ['false-positive'] })], NOW)).toEqual([]);
    expect(
      readFeedback(
        [{ number: 1, title: 'x', body: 'no table', state: 'closed', labels: ['false-positive'] }],
        NOW,
      ),
    ).toEqual([]);
  });

  it('reads the rule column of issues grouped by subject', () => {
    const [desired] = desiredAuditIssues(
      buildReport({ organization: 'acme', mode: 'audit', generatedAt: NOW, findings: [finding()] }),
      {
        routing: [
          { rules: [], destination: 'issue', labels: [], assignees: [], teams: [], groupBy: 'subject' },
        ],
        organization: 'acme',
      },
    );
    const records = readFeedback(
      [{ number: 3, title: desired.title, body: desired.body, state: 'closed', labels: ['accepted-risk'] }],
      NOW,
    );
    expect(records).toEqual([
      expect.objectContaining({
        rule: 'unapproved-credential-change',
        subject: 'fgarcia',
        verdict: 'accepted-risk',
      }),
    ]);
  });

  it('the first verdict on a finding stands', () => {
    const first = readFeedback(
      [
        issueOf([finding()], {
          state: 'closed',
          labels: ['false-positive'],
          closed_at: '2026-11-01T00:00:00Z',
        }),
      ],
      NOW,
    );
    const merged = mergeFeedback(mergeFeedback(undefined, first), [
      { ...first[0], verdict: 'accepted-risk' },
    ]);
    expect(Object.values(merged)).toEqual(first);
  });
});

describe('applying feedback', () => {
  const feedback = mergeFeedback(undefined, [
    {
      rule: 'unapproved-credential-change',
      resource: 'event:k0',
      subject: 'FGarcia',
      verdict: 'false-positive',
      by: 'secops-lead',
      at: '2026-11-26T10:00:00Z',
      issue: 9,
    },
  ]);

  it('a judged finding is suppressed, with its verdict; the others stay', () => {
    const { findings, suppressed } = applyFeedback([finding(), other], feedback);
    expect(findings).toEqual([other]);
    expect(suppressed).toEqual([{ ...finding(), feedback: Object.values(feedback)[0] }]);
    expect(feedbackKey('r', 'x', 'A')).toBe(feedbackKey('r', 'x', 'a'));
  });

  it('offers a ready-to-paste exemption with reason and expiry', () => {
    const { suppressed } = applyFeedback([finding()], feedback);
    const yaml = exemptionYaml(suppressed, new Date(NOW))!;
    expect(parse(yaml)).toEqual({
      exemptions: [
        {
          rules: ['unapproved-credential-change'],
          subjects: ['fgarcia'],
          resources: ['event:k0'],
          reason: 'false-positive: decided by secops-lead in #9 on 2026-11-26',
          expires: '2027-02-25',
        },
      ],
    });
    expect(exemptionYaml([], new Date(NOW))).toBeNull();
  });

  it('feedback on a learned anomaly widens the actor\u2019s baseline; other rules do not', () => {
    const { suppressed } = applyFeedback([finding(), { ...other, rule: 'stale-member' }], {
      ...feedback,
      [feedbackKey('stale-member', 'event:s1', 'ekim')]: {
        ...Object.values(feedback)[0],
        rule: 'stale-member',
      },
    });
    expect(widenBaselines(undefined, suppressed)).toEqual({
      fgarcia: {
        repos: ['acme/a', 'acme/b'],
        orgSecrets: [],
        people: [],
        ips: ['192.0.2.24'],
        kinds: ['deploy-key'],
        largestBurst: 5,
      },
    });
  });
});
