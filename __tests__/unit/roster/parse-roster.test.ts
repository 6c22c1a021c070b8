import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRoster, parseTerminationDate } from '../../../src/roster/parse-roster.js';
import { readRoster, RosterInvalid } from '../../../src/roster/read-roster.js';

describe('parseRoster', () => {
  it('reads CSV with loosely named columns, quoting and a BOM', () => {
    const csv =
      '\uFEFFE-Mail,Employment_Status,Termination Date\nKarl@acme.example,Terminated,2026-11-20\n"lena@acme.example",active,\n';
    expect(parseRoster(csv, 'hr/roster.csv')).toEqual({
      ok: true,
      people: [
        {
          email: 'karl@acme.example',
          status: 'terminated',
          terminatedAt: '2026-11-20T00:00:00.000Z',
          source: 'hr/roster.csv:2',
        },
        { email: 'lena@acme.example', status: 'active', terminatedAt: null, source: 'hr/roster.csv:3' },
      ],
    });
  });

  it('reads JSON (an array or { people }) with each row at its own line', () => {
    const json =
      '{\n  "people": [\n    { "email": "karl@acme.example", "status": "terminated", "terminationDate": "2026-11-20T17:30:00Z" },\n    { "email": "lena@acme.example", "status": "active" }\n  ]\n}\n';
    const result = parseRoster(json, 'roster.json');
    expect(result).toEqual({
      ok: true,
      people: [
        {
          email: 'karl@acme.example',
          status: 'terminated',
          terminatedAt: '2026-11-20T17:30:00.000Z',
          source: 'roster.json:3',
        },
        { email: 'lena@acme.example', status: 'active', terminatedAt: null, source: 'roster.json:4' },
      ],
    });
    expect(parseRoster('[{"email":"a@b.example","status":"active"}]', 'r.json')).toMatchObject({ ok: true });
  });

  it('refuses the whole file, naming every bad row at file:line', () => {
    const csv = [
      'email,status,termination_date',
      'karl@acme.example,terminated,2026-11-20',
      'not-an-email,active,',
      'mia@acme.example,on leave,',
      'nils@acme.example,terminated,',
      'olga@acme.example,terminated,20/11/2026',
      'karl@acme.example,active,',
    ].join('\n');
    const result = parseRoster(csv, 'roster.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.path}:${e.line}: ${e.message}`)).toEqual([
      'roster.csv:3: "not-an-email" is not an e-mail address',
      'roster.csv:4: unknown status "on leave" (use active or terminated)',
      'roster.csv:5: a terminated person needs a termination date',
      'roster.csv:6: termination date "20/11/2026" is not YYYY-MM-DD or an ISO-8601 time',
      'roster.csv:7: karl@acme.example is listed twice (first on line 2)',
    ]);
  });

  it('refuses broken CSV and JSON with the line of the break, and an empty roster', () => {
    const csv = parseRoster('email,status\na@b.example,active,extra\n', 'r.csv');
    expect(csv).toMatchObject({
      ok: false,
      errors: [{ path: 'r.csv', line: 2, message: expect.stringMatching(/^not valid CSV/) }],
    });
    const json = parseRoster('[\n {"email": "a@b.example",\n', 'r.json');
    expect(json).toMatchObject({
      ok: false,
      errors: [{ path: 'r.json', message: expect.stringMatching(/^not valid JSON/) }],
    });
    expect(parseRoster('{"staff": []}', 'r.json')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/array of people/) }],
    });
    expect(parseRoster('email,status\n', 'r.csv')).toMatchObject({
      ok: false,
      errors: [{ message: 'the roster lists nobody' }],
    });
  });

  it('accepts only real dates', () => {
    expect(parseTerminationDate('2026-02-30')).toBeNull();
    expect(parseTerminationDate('2026-11-20T10:00:00+02:00')).toBe('2026-11-20T08:00:00.000Z');
    expect(parseTerminationDate('yesterday')).toBeNull();
  });
});

describe('readRoster', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'roster-'));
  writeFileSync(
    join(workspace, 'roster.csv'),
    'email,status,termination_date\nkarl@acme.example,terminated,2026-11-20\n',
  );
  writeFileSync(join(workspace, 'bad.csv'), 'email,status\nkarl,active\n');

  it('reads a roster inside the workspace', async () => {
    expect(await readRoster(workspace, 'roster.csv')).toHaveLength(1);
  });

  it('refuses a path outside the workspace, a missing file and bad rows', async () => {
    await expect(readRoster(workspace, '../etc/passwd')).rejects.toThrow(/outside the workspace/);
    await expect(readRoster(workspace, 'missing.csv')).rejects.toThrow(/cannot read missing.csv: ENOENT/);
    await expect(readRoster(workspace, 'bad.csv')).rejects.toThrow(
      new RosterInvalid(
        'roster: 1 bad row(s), nothing was compared: bad.csv:2: "karl" is not an e-mail address',
      ),
    );
  });
});
