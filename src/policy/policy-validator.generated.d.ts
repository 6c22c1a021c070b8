// Types of policy-validator.generated.js (ajv standalone code; scripts/policy-validator-code.ts).
import type { ErrorObject } from 'ajv';

export interface PolicyValidatorRuntime {
  /** ajv-formats' full formats; the schema uses `date`. */
  formats: Record<string, unknown>;
  /** ajv's unicode-aware string length (ajv/dist/runtime/ucs2length). */
  ucs2length: (text: string) => number;
}

export interface PolicyValidateFunction {
  (document: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export function createPolicyValidator(runtime: PolicyValidatorRuntime): PolicyValidateFunction;
