// Turns ajv's errors into messages a person can act on, at the line and column of the value
// (or, for unknown keys, of the key) they are about.
import type { ErrorObject } from 'ajv';
import { RULE_NAMES } from '../model.js';
import type { DataPath, ParsedPolicyFile } from './parse-document.js';
import { excerpt, shownName } from './bound-errors.js';
import { policyError, type PolicyError } from './policy-error.js';
import { didYouMean } from './suggest.js';

function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `rules.stale-member`, `exemptions[0]`; "the top level" for the root. */
export function describePath(dataPath: DataPath): string {
  let text = '';
  for (const segment of dataPath) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) text += `[${segment}]`;
    else text += text === '' ? shownName(segment) : `.${shownName(segment)}`;
  }
  return text === '' ? 'the top level' : text;
}

/** The name people see for a value: its key, or `list[3]` for an item. */
function valueName(dataPath: DataPath): string {
  const last = dataPath[dataPath.length - 1];
  if (last === undefined) return 'the document';
  if (/^\d+$/.test(String(last))) return describePath(dataPath.slice(-2));
  return shownName(String(last));
}

/** `string "ninety"`, `number 5`, `a list`, … for "got …". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `string ${excerpt(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value;
}

const TYPE_WORDS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: '`true` or `false`',
  array: 'a list',
  object: 'a mapping (key: value lines)',
};

function schemaOf(error: ErrorObject): Record<string, unknown> {
  return error.parentSchema ?? {};
}

function isRuleNameEnum(values: unknown[]): boolean {
  return values.length === RULE_NAMES.length && RULE_NAMES.every((name, index) => values[index] === name);
}

function describeError(error: ErrorObject, dataPath: DataPath): { message: string; fix: string } {
  const name = `\`${valueName(dataPath)}\``;
  const where = describePath(dataPath);
  const got = describeValue(error.data);
  const schema = schemaOf(error);
  switch (error.keyword) {
    case 'type': {
      const wanted = String((error.params as { type: string }).type);
      const typeWord = TYPE_WORDS[wanted] ?? wanted;
      const example = typeof schema.default === 'number' ? ` (default ${schema.default})` : '';
      return { message: `${name} must be ${typeWord}, got ${got}`, fix: `Write ${typeWord} here${example}.` };
    }
    case 'minimum':
    case 'maximum': {
      const range = `${String(schema.minimum)}–${String(schema.maximum)}`;
      const bound = error.keyword === 'minimum' ? 'at least' : 'at most';
      return {
        message: `${name} must be ${bound} ${String((error.params as { limit: number }).limit)} (allowed ${range}), got ${String(error.data)}`,
        fix: `Use a value from ${range}.`,
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      const candidates = allowed.map(String);
      const hint = typeof error.data === 'string' && error.data.length <= 64 ? didYouMean(error.data, candidates) : '';
      if (isRuleNameEnum(allowed)) {
        return {
          message: `unknown rule ${typeof error.data === 'string' ? `\`${shownName(error.data)}\`` : got} in ${where}${hint}`,
          fix: 'Use a rule name from the catalogue (docs/policy.md lists them).',
        };
      }
      return {
        message: `${name} must be one of ${candidates.map((value) => `\`${value}\``).join(', ')}, got ${got}${hint}`,
        fix: `Write one of: ${candidates.join(', ')}.`,
      };
    }
    case 'const':
      if (where === 'version') {
        return {
          message: `\`version\` must be 1, got ${got}`,
          fix: 'Set `version: 1` (the only policy format version).',
        };
      }
      return {
        message: `${name} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, got ${got}`,
        fix: 'Use the allowed value.',
      };
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      if (missing === 'version') {
        return { message: 'missing `version`', fix: 'Add `version: 1` as the first line.' };
      }
      if (dataPath[0] === 'exemptions' && (missing === 'reason' || missing === 'expires')) {
        return {
          message: `exemption ${where} has no \`${missing}\`; every exemption needs a reason and an expiry date`,
          fix:
            missing === 'reason'
              ? 'Add `reason: "why this is accepted"`.'
              : 'Add `expires: YYYY-MM-DD` (the last day it applies).',
        };
      }
      return { message: `${where} is missing the required key \`${missing}\``, fix: `Add \`${missing}:\`.` };
    }
    case 'anyOf':
      if (dataPath[0] === 'exemptions') {
        return {
          message: `exemption ${where} names neither \`subjects\` nor \`resources\`; it would exempt everything`,
          fix: 'Add `subjects:` (logins) or `resources:` (resource ids), or both.',
        };
      }
      return {
        message: `${where} matches none of the allowed shapes`,
        fix: 'See docs/policy.md for the allowed shapes.',
      };
    case 'format':
      return {
        message: `${name} must be a calendar date YYYY-MM-DD, got ${got}`,
        fix: 'Write a real date such as `2027-03-31` (the last day the exemption applies, UTC).',
      };
    case 'minItems':
      return {
        message: `${name} is an empty list`,
        fix: `List at least one entry, or remove \`${valueName(dataPath)}\`.`,
      };
    case 'minLength':
      return { message: `${name} must not be empty`, fix: 'Write a value, or remove the entry.' };
    case 'pattern':
      return {
        message: `${name} must be kebab-case (lower-case letters, digits and single dashes), got ${got}`,
        fix: 'Rename it, e.g. `revoke-tokens`.',
      };
    default:
      return { message: `${where}: ${error.message ?? 'is invalid'}`, fix: 'See docs/policy.md.' };
  }
}

function unknownKeyError(file: ParsedPolicyFile, error: ErrorObject, dataPath: DataPath): PolicyError {
  const rawKey = (error.params as { additionalProperty: string }).additionalProperty;
  const key = shownName(rawKey);
  const known = Object.keys(schemaOf(error).properties ?? {});
  const hint = rawKey.length <= 64 ? didYouMean(rawKey, known) : '';
  const location = file.locateKey([...dataPath, rawKey]);
  if (dataPath.length === 1 && dataPath[0] === 'rules') {
    return policyError(
      location,
      `unknown rule \`${key}\` in rules${hint}`,
      'Use a rule name from the catalogue (docs/policy.md lists them).',
    );
  }
  const fix = known.length > 0 ? `Allowed keys here: ${known.join(', ')}.` : 'Remove the key.';
  return policyError(location, `unknown key \`${key}\` in ${describePath(dataPath)}${hint}`, fix);
}

/** PolicyErrors for ajv's errors of one file, in file order. */
export function schemaErrorsToPolicyErrors(
  file: ParsedPolicyFile,
  errors: readonly ErrorObject[],
): PolicyError[] {
  // An `anyOf` failure also reports each branch's failure; people need only the summary.
  const anyOfFailures = errors.filter((error) => error.keyword === 'anyOf');
  const relevant = errors.filter(
    (error) =>
      !anyOfFailures.some(
        (anyOf) =>
          anyOf.instancePath === error.instancePath && error.schemaPath.startsWith(`${anyOf.schemaPath}/`),
      ),
  );
  const result = relevant.map((error) => {
    const dataPath = decodePointer(error.instancePath);
    if (error.keyword === 'additionalProperties') return unknownKeyError(file, error, dataPath);
    const { message, fix } = describeError(error, dataPath);
    return policyError(file.locate(dataPath), message, fix);
  });
  return result.sort((a, b) => a.line - b.line || a.column - b.column);
}
