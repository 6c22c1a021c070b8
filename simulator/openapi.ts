// GitHub's published OpenAPI description (GitHub Enterprise Cloud flavour, a superset of
// api.github.com that includes the audit log and SSO credential authorizations) is the
// simulator's source of truth for which routes exist and what their responses look like.
// It is 14 MB, so it is read once per process, lazily, and each route's response validator
// is compiled on first use and cached.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

interface OpenApiDocument {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json> };
}

export interface RouteMatch {
  /** `METHOD /template`, e.g. `GET /orgs/{org}/members`. */
  route: string;
  method: string;
  template: string;
  params: Record<string, string>;
}

interface CompiledTemplate {
  template: string;
  regex: RegExp;
  names: string[];
  methods: Set<string>;
  literalLength: number;
}

const DOCUMENT_ID = 'ghec';
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];
/** Path parameters that GitHub lets span several segments (`heads/main`, `docs/a.md`). */
const MULTI_SEGMENT_PARAMS = new Set(['path', 'ref']);

let documentCache: OpenApiDocument | undefined;
let templatesCache: CompiledTemplate[] | undefined;
let ajvCache: Ajv | undefined;
const validators = new Map<string, ValidateFunction | null>();

function loadDocument(): OpenApiDocument {
  if (!documentCache) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/ghec.json');
    documentCache = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  }
  return documentCache;
}

function compileTemplates(): CompiledTemplate[] {
  if (templatesCache) return templatesCache;
  const doc = loadDocument();
  templatesCache = Object.entries(doc.paths).map(([template, item]) => {
    const names: string[] = [];
    const pattern = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const m = /^\{([^}]+)\}$/.exec(part);
        if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(m[1]);
        return MULTI_SEGMENT_PARAMS.has(m[1]) ? '(.+)' : '([^/]+)';
      })
      .join('');
    return {
      template,
      regex: new RegExp(`^${pattern}$`),
      names,
      methods: new Set(Object.keys(item).filter((k) => METHODS.includes(k))),
      literalLength: template.replace(/\{[^}]+\}/g, '').length,
    };
  });
  // The most literal template wins (`/orgs/{org}/members` over `/orgs/{org}/{x}`-style clashes,
  // `commits/{ref}/check-runs` over a greedy `{ref}`).
  templatesCache.sort((a, b) => b.literalLength - a.literalLength);
  return templatesCache;
}

/** The OpenAPI route for a request, or undefined when GitHub has no such path+method. */
export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  const lower = method.toLowerCase();
  for (const t of compileTemplates()) {
    const m = t.regex.exec(pathname);
    if (!m || !t.methods.has(lower)) continue;
    const params: Record<string, string> = {};
    t.names.forEach((name, i) => {
      params[name] = safeDecode(m[i + 1]);
    });
    return {
      route: `${method.toUpperCase()} ${t.template}`,
      method: method.toUpperCase(),
      template: t.template,
      params,
    };
  }
  return undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * OpenAPI 3.0 `nullable` is not JSON Schema: rewrite it to `type: [t, 'null']` (or an anyOf
 * with null where there is no `type`, e.g. beside `allOf`/`$ref`) and point `$ref`s at the
 * document registered in ajv.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === 'example' || key === 'examples' || key === 'discriminator') continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = `${DOCUMENT_ID}${value}`;
      continue;
    }
    out[key] = toJsonSchema(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...(out.enum as unknown[]), null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  delete out.nullable;
  return out;
}

function getAjv(): Ajv {
  if (ajvCache) return ajvCache;
  const doc = loadDocument();
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: toJsonSchema(doc.components.schemas) } });
  ajvCache = ajv;
  return ajv;
}

function resolveResponse(doc: OpenApiDocument, response: Json): Json {
  const ref = response.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/responses/', '');
    return doc.components.responses[name] ?? {};
  }
  return response;
}

/** The JSON schema of a route's response for a status, or undefined when it declares no JSON body. */
function responseSchema(route: RouteMatch, status: number): unknown {
  const doc = loadDocument();
  const operation = doc.paths[route.template]?.[route.method.toLowerCase()];
  const responses = operation?.responses as Record<string, Json> | undefined;
  const declared = responses?.[String(status)];
  if (!declared) return undefined;
  const content = resolveResponse(doc, declared).content as Record<string, { schema?: unknown }> | undefined;
  if (!content) return undefined;
  const media = content['application/json'] ?? Object.values(content)[0];
  return media?.schema;
}

export interface ResponseCheck {
  ok: boolean;
  errors: ErrorObject[];
  /** False when the description declares no body schema for this status (nothing to check). */
  checked: boolean;
}

/** Validate a response body against the route's declared schema for that status. */
export function validateResponse(route: RouteMatch, status: number, body: unknown): ResponseCheck {
  const key = `${route.route} ${status}`;
  let validator = validators.get(key);
  if (validator === undefined) {
    const schema = responseSchema(route, status);
    validator = schema === undefined ? null : getAjv().compile(toJsonSchema(schema) as Json);
    validators.set(key, validator);
  }
  if (!validator) return { ok: true, errors: [], checked: false };
  const ok = validator(body);
  return { ok, errors: ok ? [] : [...(validator.errors ?? [])], checked: true };
}

/** The route's JSON request-body schema, if it declares one. */
function requestSchema(route: RouteMatch): { schema: unknown; required: boolean } | undefined {
  const operation = loadDocument().paths[route.template]?.[route.method.toLowerCase()];
  const body = operation?.requestBody as
    { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
  const schema = body?.content?.['application/json']?.schema;
  return schema === undefined ? undefined : { schema, required: body?.required ?? false };
}

/**
 * Validate a request body against the route's declared request schema, as GitHub does before
 * it acts (422 "Invalid request"). Returns the errors, empty when the body is acceptable.
 */
export function validateRequestBody(route: RouteMatch, body: unknown): ErrorObject[] {
  const declared = requestSchema(route);
  if (!declared) return [];
  if (body === undefined)
    return declared.required
      ? [
          {
            instancePath: '',
            schemaPath: '#/required',
            keyword: 'required',
            params: {},
            message: 'a request body is required',
          },
        ]
      : [];
  const key = `${route.route} request`;
  let validator = validators.get(key);
  if (validator === undefined) {
    validator = getAjv().compile(toJsonSchema(declared.schema) as Json);
    validators.set(key, validator);
  }
  return validator!(body) ? [] : [...(validator!.errors ?? [])];
}

/** Whether GitHub declares this status for the route at all (used by tests). */
export function declaredStatuses(route: RouteMatch): string[] {
  const operation = loadDocument().paths[route.template]?.[route.method.toLowerCase()];
  return Object.keys((operation?.responses as Json | undefined) ?? {});
}
