// Validates a policy document against the schema. The schema is compiled ahead of time
// (policy-validator.generated.js, written by scripts/generate-policy-validator.ts) so that no
// run compiles it: that took most of `offboarding-sentinel validate`'s time. The generated code
// calls two helpers, given here: the `date` format of ajv-formats and ajv's unicode-aware string
// length. Both are CommonJS: under Node's ESM loader and in the rollup bundle the namespace may
// hold the export directly or under `default`, so both shapes are accepted.
import type { ErrorObject } from 'ajv';
import * as formatsModule from 'ajv-formats/dist/formats.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { createPolicyValidator } from './policy-validator.generated.js';

function fullFormats(module: unknown): Record<string, unknown> {
  const candidate = module as { fullFormats?: unknown; default?: { fullFormats?: unknown } | null };
  return (candidate.fullFormats ?? candidate.default?.fullFormats) as Record<string, unknown>;
}

function ucs2length(module: unknown): (text: string) => number {
  let candidate = module as { default?: unknown } | ((text: string) => number);
  while (typeof candidate !== 'function') candidate = candidate.default as typeof candidate;
  return candidate;
}

let validate: ReturnType<typeof createPolicyValidator> | undefined;

/** Schema errors of one parsed document (empty when it is valid). */
export function validatePolicyDocument(document: unknown): ErrorObject[] {
  validate ??= createPolicyValidator({ formats: fullFormats(formatsModule), ucs2length: ucs2length(ucs2lengthModule) });
  return validate(document) ? [] : [...(validate.errors ?? [])];
}
