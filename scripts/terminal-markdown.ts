// Markdown as a terminal shows it: the demo prints tracking issues and summaries that were
// written for GitHub, whose escapes (`secops\-lead`, `&#64;`) mean nothing on a terminal.
// marked parses; this renderer turns each token into plain text (bold headings on a TTY),
// task lists into [x] / [ ], tables into aligned columns, and drops HTML comments (the hidden
// state block).
import Table from 'cli-table3';
import { Marked, type Tokens } from 'marked';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The entities GitHub-bound text carries (ours escape `@`, `|`, `<`, `>`, `&`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export interface TerminalOptions {
  /** Bold headings and strong text (only on a TTY without NO_COLOR). */
  color: boolean;
}

export function colorWanted(stream: { isTTY?: boolean } = process.stdout, env = process.env): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in env && env.NO_COLOR !== '');
}

export function markdownToTerminal(markdown: string, options: TerminalOptions = { color: colorWanted() }): string {
  const bold = (text: string) => (options.color ? `\x1b[1m${text}\x1b[22m` : text);
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      space: () => '',
      heading({ tokens }) {
        return `\n${bold(this.parser.parseInline(tokens))}\n\n`;
      },
      paragraph({ tokens }) {
        return `${this.parser.parseInline(tokens)}\n\n`;
      },
      text(token) {
        return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : decodeEntities(token.text);
      },
      strong({ tokens }) {
        return bold(this.parser.parseInline(tokens));
      },
      em({ tokens }) {
        return this.parser.parseInline(tokens);
      },
      del({ tokens }) {
        return this.parser.parseInline(tokens);
      },
      codespan({ text }) {
        return decodeEntities(text);
      },
      code({ text }) {
        return `${text.replace(/^/gm, '    ')}\n\n`;
      },
      br: () => '\n',
      hr: () => `${'─'.repeat(40)}\n\n`,
      html: ({ text }) => (/^\s*<!--[\s\S]*-->\s*$/.test(text) ? '' : decodeEntities(text.replace(/<[^>]+>/g, ''))),
      link({ tokens, href }) {
        const label = this.parser.parseInline(tokens);
        return label === href ? label : `${label} (${href})`;
      },
      image: ({ text }) => decodeEntities(text),
      blockquote({ tokens }) {
        return `${this.parser.parse(tokens).trimEnd().replace(/^/gm, '│ ')}\n\n`;
      },
      checkbox: ({ checked }) => (checked ? '[x] ' : '[ ] '),
      list(token: Tokens.List) {
        const lines = token.items.map((item, index) => {
          const marker = token.ordered ? `${Number(token.start || 1) + index}.` : '-';
          const box = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
          // Task items carry their checkbox as a token too; the box above replaces it.
          const inner = this.parser.parse(item.tokens.filter((t) => t.type !== 'checkbox')).trimEnd();
          return `  ${marker} ${box}${inner.replace(/\n/g, '\n    ')}`;
        });
        return `${lines.join('\n')}\n\n`;
      },
      table(token: Tokens.Table) {
        const cell = (c: Tokens.TableCell) => this.parser.parseInline(c.tokens);
        const table = new Table({ head: token.header.map(cell), style: { head: [], border: [] } });
        for (const row of token.rows) table.push(row.map(cell));
        return `${table.toString()}\n\n`;
      },
    },
  });
  const text = marked.parse(markdown, { async: false });
  return text.replace(/\n{3,}/g, '\n\n').trim();
}
