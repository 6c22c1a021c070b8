// The policy pipeline: texts → parse (safe YAML) → schema → per-file reading → merge → defaults.
// A file with any error contributes nothing to the policy (its errors are reported): applying
// half a file could keep an exemption whose expiry was mistyped, or drop a severity that the
// reviewer approved together with it.
import type { Policy } from './types.js';
import { boundErrorsPerFile } from './bound-errors.js';
import { byName, readPolicyFiles, MAX_POLICY_FILE_BYTES, type PolicyText } from './load-files.js';
import { mergeFilePolicies } from './merge.js';
import { parsePolicyText } from './parse-document.js';
import { fileError, type PolicyError } from './policy-error.js';
import { readFilePolicy, type FilePolicy } from './read-file-policy.js';
import type { RawPolicyDocument } from './raw-types.js';
import { resolvePolicy } from './resolve.js';
import { schemaErrorsToPolicyErrors } from './schema-errors.js';
import { validatePolicyDocument } from './schema-validator.js';

export interface LoadedPolicy {
  policy: Policy;
  errors: PolicyError[];
  warnings: PolicyError[];
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Loads policy files given as text (for example a base branch's files fetched through the API).
 * Files are merged in order of their file name, then path — the same order as `loadPolicy`.
 */
export function loadPolicyFromTexts(texts: readonly PolicyText[]): LoadedPolicy {
  const ordered = [...texts].sort(
    (a, b) => byName(baseName(a.path), baseName(b.path)) || byName(a.path, b.path),
  );
  const errors: PolicyError[] = [];
  const files: FilePolicy[] = [];
  for (const { path, text } of ordered) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_POLICY_FILE_BYTES) {
      errors.push(
        fileError(
          path,
          `policy file \`${path}\` is ${bytes} bytes, over the ${MAX_POLICY_FILE_BYTES}-byte limit`,
          'Split the policy into several files.',
        ),
      );
      continue;
    }
    const parsed = parsePolicyText(path, text);
    if (parsed.errors.length > 0) {
      errors.push(...parsed.errors);
      continue;
    }
    const schemaErrors = schemaErrorsToPolicyErrors(parsed, validatePolicyDocument(parsed.data));
    if (schemaErrors.length > 0) {
      errors.push(...schemaErrors);
      continue;
    }
    files.push(readFilePolicy(parsed, parsed.data as RawPolicyDocument));
  }
  const { merged, errors: mergeErrors } = mergeFilePolicies(files);
  errors.push(...mergeErrors);
  return { policy: resolvePolicy(merged), errors: boundErrorsPerFile(errors), warnings: [] };
}

/** Loads every *.yml / *.yaml file directly under `policyPath` (relative to `workspace`). */
export async function loadPolicy(options: { workspace: string; policyPath: string }): Promise<LoadedPolicy> {
  const read = await readPolicyFiles(options);
  const loaded = loadPolicyFromTexts(read.files);
  return {
    policy: loaded.policy,
    errors: [...read.errors, ...loaded.errors],
    warnings: [...read.warnings, ...loaded.warnings],
  };
}
