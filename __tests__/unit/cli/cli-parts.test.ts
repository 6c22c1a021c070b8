import { describe, expect, it } from '@jest/globals';
import { PassThrough } from 'node:stream';
import { colorWanted, displayPath, terminalText } from '../../../src/cli/findings-table.js';
import { graphqlUrlFor } from '../../../src/cli/program.js';
import { Progress } from '../../../src/cli/progress.js';
import { hostnameOf, resolveToken } from '../../../src/cli/token.js';

describe('the token', () => {
  const gh = (token: string | null) => (host: string | null) => Promise.resolve(token ? `${token}@${host}` : null);
  it('comes from --token, then GH_TOKEN, then GITHUB_TOKEN, then gh auth token for the API host', async () => {
    const api = 'https://api.github.com';
    expect(await resolveToken('flag', { GH_TOKEN: 'a', GITHUB_TOKEN: 'b' }, api, gh('c'))).toEqual({ token: 'flag', from: '--token' });
    expect(await resolveToken(undefined, { GH_TOKEN: 'a', GITHUB_TOKEN: 'b' }, api, gh('c'))).toEqual({ token: 'a', from: 'GH_TOKEN' });
    expect(await resolveToken(undefined, { GITHUB_TOKEN: 'b' }, api, gh('c'))).toEqual({ token: 'b', from: 'GITHUB_TOKEN' });
    expect(await resolveToken(undefined, {}, 'https://ghe.acme.example/api/v3', gh('c'))).toEqual({ token: 'c@ghe.acme.example', from: 'gh auth token' });
    expect(await resolveToken(undefined, { GH_TOKEN: '' }, api, gh(null))).toBeNull();
  });
  it('asks gh for github.com when the API is api.github.com', () => {
    expect(hostnameOf('https://api.github.com')).toBe('github.com');
    expect(hostnameOf('not a url')).toBeNull();
  });
});

describe('GitHub Enterprise Server', () => {
  it('has GraphQL at /api/graphql beside /api/v3, and github.com at /graphql', () => {
    expect(graphqlUrlFor('https://ghe.acme.example/api/v3/')).toBe('https://ghe.acme.example/api/graphql');
    expect(graphqlUrlFor('https://api.github.com')).toBe('https://api.github.com/graphql');
  });
});

describe('the terminal', () => {
  it('colours only a TTY without NO_COLOR or TERM=dumb', () => {
    expect(colorWanted({ isTTY: true }, {})).toBe(true);
    expect(colorWanted({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colorWanted({ isTTY: false }, {})).toBe(false);
  });
  it('prints organization text without escape sequences or line breaks', () => {
    expect(terminalText('evil\u001b[31mred\nline\u202Etxt')).toBe('evil[31mred linetxt');
  });
});

describe('the files it names', () => {
  it('are relative under the current folder and absolute elsewhere (never ../../tmp/…)', () => {
    expect(displayPath('/home/me/clone', '/home/me/clone/out/report.json')).toBe('out/report.json');
    expect(displayPath('/home/me/clone', '/tmp/out/report.json')).toBe('/tmp/out/report.json');
    expect(displayPath('/home/me/clone', '/home/me/clone-2/report.json')).toBe('/home/me/clone-2/report.json');
  });
});

describe('progress', () => {
  it('counts requests, keeps the REST limit left, and estimates the time left from the repositories read', () => {
    let now = 0;
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const progress = new Progress({ stream, live: false, now: () => now });
    progress.log('49 people, 8 teams, 4 repositories');
    now = 10_000;
    progress.response('https://api.github.com/repos/acme/api/actions/secrets', { 'x-ratelimit-remaining': '4990', 'x-ratelimit-resource': 'core' });
    progress.response('https://api.github.com/graphql', { 'x-ratelimit-remaining': '4000', 'x-ratelimit-resource': 'graphql' });
    // The action's own repository is not "a repository read".
    progress.response('https://api.github.com/repos/acme/ops/issues', {});
    expect(progress.state()).toMatchObject({ requests: 3, rateLeft: '4990', repositories: 4, read: 1 });
    expect(progress.eta()).toBe(30_000);
    expect(text).toBe('[0 s] 49 people, 8 teams, 4 repositories\n');
    progress.print('warning: kept');
    expect(text).toBe('[0 s] 49 people, 8 teams, 4 repositories\nwarning: kept\n');
    progress.stop();
  });

  it('on a terminal: one redrawn line with the limit left and our time left (never cli-progress\'s NULL/INF), printed lines above it', () => {
    let now = 0;
    const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 200 });
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const progress = new Progress({ stream, live: true, now: () => now });
    progress.log('49 people, 8 teams, 4 repositories');
    now = 10_000;
    progress.response('https://api.github.com/repos/acme/api/actions/secrets', { 'x-ratelimit-remaining': '4990', 'x-ratelimit-resource': 'core' });
    progress.print('warning: a line to keep');
    progress.stop();
    expect(text).toContain('1/4 repositories | 1 requests | rate limit 4990 left | 10 s, about 30 s left');
    expect(text).toContain('\r\x1b[2Kwarning: a line to keep\n');
    expect(text).not.toMatch(/NULL|INF/);
  });
});
