// The demo shows tracking issues as a person reads them on GitHub, not as escaped Markdown.
import { describe, expect, it } from '@jest/globals';
import { buildInventory } from '../../../src/offboarding/inventory.js';
import { initialTrackingState, renderTrackingIssue } from '../../../src/offboarding/tracking-issue.js';
import { colorWanted, decodeEntities, markdownToTerminal } from '../../../scripts/terminal-markdown.js';
import { aGrant, aJourney, aPerson, aRepository, aSnapshot, daysAgo, NOW } from '../../builders/snapshot.js';

describe('Markdown for the terminal', () => {
  const login = 'secops-lead';
  const snapshot = aSnapshot({ people: [aPerson(login)], repositories: [aRepository('acme/api_v2')], grants: [aGrant(login, 'acme/api_v2', 'write')] });
  const state = initialTrackingState(buildInventory(snapshot, login, daysAgo(1)), aJourney(), new Date(NOW));
  const { body } = renderTrackingIssue(state);

  it('shows a tracking issue without escapes, entities or the hidden state block', () => {
    expect(body).toContain('secops\\-lead');
    const text = markdownToTerminal(body, { color: false });
    expect(text).toContain('Offboarding of secops-lead in acme');
    expect(text).toContain('acme/api_v2');
    expect(text).not.toMatch(/\\[-_.()@]|&#\d+;|&amp;|<!--/);
    expect(text).toMatch(/^ {2}- \[ \] /m);
  });

  it('renders tables as aligned columns and decodes what escapeMarkdown encodes', () => {
    const text = markdownToTerminal('| who | what |\n| --- | --- |\n| a&#124;b | &#64;team &lt;x&gt; |\n', { color: false });
    expect(text).toContain('a|b');
    expect(text).toContain('@team <x>');
    expect(text).toMatch(/┌/);
    expect(decodeEntities('&#x41;&amp;&unknown;')).toBe('A&&unknown;');
  });

  it('colours only on a TTY, never with NO_COLOR', () => {
    expect(colorWanted({ isTTY: true }, {})).toBe(true);
    expect(colorWanted({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted({ isTTY: false }, {})).toBe(false);
    expect(markdownToTerminal('# Title', { color: true })).toBe('\x1b[1mTitle\x1b[22m');
    expect(markdownToTerminal('# Title', { color: false })).toBe('Title');
  });
});
