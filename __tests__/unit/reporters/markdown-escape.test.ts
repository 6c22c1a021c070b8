// The reporters rely on src/markdown.ts for every untrusted string; these pin the fix made for
// them (a pipe became a visible `&\#124;` because the entity's `#` was escaped afterwards).
import { describe, expect, it } from '@jest/globals';
import { codeSpan, escapeMarkdown, table } from '../../../src/markdown.js';

describe('escapeMarkdown in a table cell', () => {
  it('turns a pipe into an intact entity that neither breaks the row nor shows escapes', () => {
    expect(escapeMarkdown('a|b')).toBe('a&#124;b');
    const row = table(['x', 'y'], [[escapeMarkdown('a|b|c'), codeSpan('d|e')]]).split('\n')[2];
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });

  it('still neutralises mentions, HTML, links and images', () => {
    expect(escapeMarkdown('@everyone <img src=x> [x](http://evil) ![i](y)')).toBe(
      '&#64;everyone &lt;img src\\=x&gt; \\[x\\]\\(http\\://evil\\) \\!\\[i\\]\\(y\\)',
    );
  });
});
