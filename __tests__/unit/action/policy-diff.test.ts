import { describe, expect, it } from '@jest/globals';
import { diffFindings, renderPolicyDiff } from '../../../src/evaluate/policy-diff.js';
import type { Finding } from '../../../src/model.js';

const finding = (fingerprint: string, severity: Finding['severity'] = 'medium', resource = `repo:acme/${fingerprint}`): Finding => ({
  rule: 'stale-secret',
  severity,
  subject: null,
  resource,
  fingerprint,
  message: 'm',
  evidence: {},
});

describe('diffFindings', () => {
  it('tells added, silenced and re-graded findings apart by fingerprint', () => {
    const diff = diffFindings([finding('a'), finding('b'), finding('c', 'low')], [finding('a'), finding('c', 'high'), finding('d')]);
    expect(diff.added.map((f) => f.fingerprint)).toEqual(['d']);
    expect(diff.silenced.map((f) => f.fingerprint)).toEqual(['b']);
    expect(diff.regraded).toEqual([{ finding: finding('c', 'high'), from: 'low', to: 'high' }]);
    expect(diff.unchanged).toBe(1);
  });

  it('says so when a change alters nothing', () => {
    expect(renderPolicyDiff(diffFindings([finding('a')], [finding('a')]))).toContain('does not alter any finding');
  });

  it('escapes organization text in the table', () => {
    const hostile = finding('x', 'high', 'repo:acme/|<img src=x>|');
    const markdown = renderPolicyDiff(diffFindings([], [hostile]));
    // Inside a code span HTML is shown, not rendered; the pipes cannot end the cell.
    expect(markdown).toContain('`repo:acme/\\|<img src=x>\\|`');
    expect(markdown.split('\n').filter((line) => line.startsWith('| added')).at(0)?.split(/(?<!\\)\|/).length).toBe(7);
  });
});
