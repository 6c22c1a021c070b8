// Reading a JSON report back (to merge reports, or to compare runs): the inverse of
// writeJsonReport, validated against the report's schema so a malformed or foreign file is
// refused with where it is wrong, never half-read.
import { readFile } from 'node:fs/promises';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { Report } from './report.js';
import { REPORT_SCHEMA } from './report-schema.js';

type Ajv2020Class = typeof Ajv2020Module.default;
type AddFormats = typeof addFormatsModule.default;

// ajv and ajv-formats are CommonJS: the default import may be the class or a namespace holding it.
function interopDefault<T>(module: unknown): T {
  const candidate = module as { default?: unknown };
  return (typeof candidate === 'function' ? candidate : candidate.default) as T;
}

export class ReportError extends Error {
  override name = 'ReportError';
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const Ajv2020 = interopDefault<Ajv2020Class>(Ajv2020Module);
    // strictRequired off: plans name required fields they do not describe further.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    interopDefault<AddFormats>(addFormatsModule)(ajv, ['date-time']);
    compiled = ajv.compile(REPORT_SCHEMA);
  }
  return compiled;
}

/** A report from its JSON text; `source` names it in errors (a path, "stdin"). */
export function parseReport(text: string, source = 'the report'): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReportError(`${source} is not JSON: ${(error as Error).message}`);
  }
  const validate = validator();
  if (!validate(value)) {
    const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new ReportError(`${source} is not an Offboarding Sentinel report (schemaVersion 1): ${problems.join('; ')}`);
  }
  return value as Report;
}

export async function readReport(path: string): Promise<Report> {
  return parseReport(await readFile(path, 'utf8'), path);
}
