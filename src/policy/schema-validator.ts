// Compiles the policy schema with ajv once. ajv and ajv-formats are CommonJS packages: under
// Node's ESM loader and in the rollup bundle the default import may be the class itself or a
// namespace holding it under `default`, so both shapes are accepted (tested in
// schema-validator.test.ts, and through the bundle by the e2e tests).
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { buildPolicySchema } from './schema-build.js';

type Ajv2020Class = typeof Ajv2020Module.default;
type AddFormats = typeof addFormatsModule.default;

function interopDefault<T>(module: unknown): T {
  const candidate = module as { default?: unknown };
  return (typeof candidate === 'function' ? candidate : candidate.default) as T;
}

const Ajv2020 = interopDefault<Ajv2020Class>(Ajv2020Module);
const addFormats = interopDefault<AddFormats>(addFormatsModule);

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    // verbose: errors carry the failing value and schema, which the messages quote.
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    addFormats(ajv, ['date']);
    compiled = ajv.compile(buildPolicySchema());
  }
  return compiled;
}

/** Schema errors of one parsed document (empty when it is valid). */
export function validatePolicyDocument(document: unknown): ErrorObject[] {
  const validate = validator();
  return validate(document) ? [] : [...(validate.errors ?? [])];
}
