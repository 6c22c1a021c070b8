// Reads the roster file named by the `roster` input from the workspace. The path must stay
// inside the workspace: the roster is the repository's file, not any file on the runner.
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import type { RosterPerson } from '../model.js';
import { parseRoster } from './parse-roster.js';

export class RosterInvalid extends Error {}

export async function readRoster(workspace: string, path: string): Promise<RosterPerson[]> {
  const full = resolve(workspace, path);
  const inside = relative(resolve(workspace), full);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new RosterInvalid(`roster: ${path} is outside the workspace`);
  }
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    throw new RosterInvalid(
      `roster: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const result = parseRoster(text, inside);
  if (!result.ok) {
    throw new RosterInvalid(
      `roster: ${result.errors.length} bad row(s), nothing was compared: ` +
        result.errors.map((e) => `${e.path}:${e.line}: ${e.message}`).join('; '),
    );
  }
  return result.people;
}
