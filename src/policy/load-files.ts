// Reads the policy files from the workspace, defensively: the folder and every file must stay
// inside the workspace (symlinks are resolved and checked), only *.yml / *.yaml directly under
// the folder are read (no recursion), in name order, each at most MAX_POLICY_FILE_BYTES.
// A file that cannot be read is an error, never "no policy there".
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileError, type PolicyError } from './policy-error.js';

export const MAX_POLICY_FILE_BYTES = 256 * 1024;

export interface PolicyText {
  /** Relative to the workspace, with `/` separators. */
  path: string;
  text: string;
}

export interface ReadPolicyFilesResult {
  files: PolicyText[];
  errors: PolicyError[];
  warnings: PolicyError[];
}

export function isPolicyFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** Byte order, not locale order, so the merge order is the same on every runner. */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

export async function readPolicyFiles(options: {
  workspace: string;
  policyPath: string;
}): Promise<ReadPolicyFilesResult> {
  const errors: PolicyError[] = [];
  const warnings: PolicyError[] = [];
  const files: PolicyText[] = [];
  const workspace = await realpath(options.workspace);
  const shownFolder = options.policyPath;
  const folder = resolve(workspace, options.policyPath);
  if (!inside(workspace, folder)) {
    errors.push(
      fileError(
        shownFolder,
        `policy-path \`${shownFolder}\` is outside the workspace`,
        'Point `policy-path` at a folder inside the repository.',
      ),
    );
    return { files, errors, warnings };
  }

  let realFolder: string;
  try {
    realFolder = await realpath(folder);
  } catch (error) {
    if (reason(error) === 'ENOENT') {
      warnings.push(
        fileError(
          shownFolder,
          `no policy folder \`${shownFolder}\`; the default policy applies`,
          'Create the folder with a policy file (see docs/policy.md), or set `policy-path`.',
        ),
      );
    } else {
      errors.push(
        fileError(
          shownFolder,
          `policy folder \`${shownFolder}\` could not be read (${reason(error)})`,
          'Check the folder exists and is readable.',
        ),
      );
    }
    return { files, errors, warnings };
  }
  if (!inside(workspace, realFolder)) {
    errors.push(
      fileError(
        shownFolder,
        `policy folder \`${shownFolder}\` resolves outside the workspace`,
        'Do not point the policy folder at a symlink leaving the repository.',
      ),
    );
    return { files, errors, warnings };
  }
  if (!(await stat(realFolder)).isDirectory()) {
    errors.push(
      fileError(
        shownFolder,
        `policy-path \`${shownFolder}\` is not a folder`,
        'Set `policy-path` to the folder that holds the *.yml files.',
      ),
    );
    return { files, errors, warnings };
  }

  let names: string[];
  try {
    names = (await readdir(realFolder)).filter(isPolicyFileName).sort(byName);
  } catch (error) {
    errors.push(
      fileError(
        shownFolder,
        `policy folder \`${shownFolder}\` could not be listed (${reason(error)})`,
        'Check the folder is readable.',
      ),
    );
    return { files, errors, warnings };
  }

  for (const name of names) {
    const shown = toPosix(relative(workspace, join(folder, name)));
    const outcome = await readOne(workspace, join(realFolder, name), shown);
    if (typeof outcome === 'string') files.push({ path: shown, text: outcome });
    else if (outcome) errors.push(outcome);
  }
  if (files.length === 0 && errors.length === 0) {
    warnings.push(
      fileError(
        shownFolder,
        `no *.yml or *.yaml files in \`${shownFolder}\`; the default policy applies`,
        'Add a policy file (see policies/examples/default.yml).',
      ),
    );
  }
  return { files, errors, warnings };
}

/** What a non-regular file is, in words, for the refusal. */
function fileKind(info: Stats): string | null {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return info.isFile() || info.isDirectory() ? null : 'not a regular file';
}

function notRegular(shown: string, kind: string): PolicyError {
  return fileError(
    shown,
    `refused: \`${shown}\` is ${kind}, not a regular file`,
    'Keep only regular policy files in the folder; remove or rename this entry.',
  );
}

/** The file's text, an error, or undefined for a sub-folder named like a policy file. */
async function readOne(
  workspace: string,
  path: string,
  shown: string,
): Promise<string | PolicyError | undefined> {
  try {
    // The type is checked before anything is opened: opening a FIFO for reading blocks until a
    // writer appears, and a device may never end.
    const link = await lstat(path);
    const target = link.isSymbolicLink() ? await realpath(path) : path;
    if (!inside(workspace, target)) {
      return fileError(
        shown,
        `refused: \`${shown}\` is a symlink that resolves outside the workspace`,
        'Replace the symlink with the policy file itself.',
      );
    }
    const before = link.isSymbolicLink() ? await stat(target) : link;
    if (before.isDirectory()) return undefined;
    const kind = fileKind(before);
    if (kind) return notRegular(shown, kind);
    if (before.size > MAX_POLICY_FILE_BYTES) return tooLarge(shown, before.size);
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, open still returns.
    const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      const swapped = fileKind(info) ?? (info.isDirectory() ? 'a folder' : null);
      if (swapped) return notRegular(shown, swapped);
      if (info.size > MAX_POLICY_FILE_BYTES) return tooLarge(shown, info.size);
      // Read at most one byte beyond the limit, so a file that grows meanwhile is still refused.
      const buffer = Buffer.alloc(MAX_POLICY_FILE_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      if (bytesRead > MAX_POLICY_FILE_BYTES) return tooLarge(shown, bytesRead);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fileError(
      shown,
      `policy file \`${shown}\` could not be read (${reason(error)})`,
      'Check the file exists and is readable.',
    );
  }
}

function tooLarge(shown: string, size: number): PolicyError {
  return fileError(
    shown,
    `policy file \`${shown}\` is ${size} bytes, over the ${MAX_POLICY_FILE_BYTES}-byte limit`,
    'Split the policy into several files, or remove what is not needed.',
  );
}
