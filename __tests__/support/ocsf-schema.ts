// Compiles the vendored OCSF definitions (schema/ocsf/<version>/) into a JSON Schema for one
// event class, the way the OCSF schema server resolves them: a class or object inherits its
// parent's attributes (`extends`, merged key by key, the child winning), each attribute takes its
// type, enum and sibling from the dictionary unless the definition overrides them, enums merge,
// `requirement: required` is required, and nothing else is allowed. Profiles are not applied, so
// an attribute that belongs to a profile is rejected. Objects that were not vendored compile to
// `false`: an event that uses one fails, which keeps the vendored excerpt honest.
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Json = Record<string, unknown>;

interface AttributeDefinition {
  type?: string;
  is_array?: boolean;
  requirement?: string;
  profile?: string | null;
  sibling?: string;
  enum?: Record<string, { caption: string }>;
}

interface Definition {
  name: string;
  caption: string;
  uid?: number;
  category?: string;
  extends?: string;
  constraints?: { at_least_one?: string[] };
  attributes: Record<string, AttributeDefinition | string[]>;
}

interface AttributeFacts {
  sibling?: { name: string; captions: Record<string, string> };
  object?: string;
}

export interface OcsfClassSchema {
  schema: Json;
  classUid: number;
  /**
   * Per class or object (the class under `''`), per attribute: its sibling and enum captions, and
   * the object it holds, for the caption checks JSON Schema cannot state.
   */
  attributes: Map<string, Map<string, AttributeFacts>>;
}

function deepMerge(base: Json, override: Json): Json {
  const merged: Json = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const prior = merged[key];
    merged[key] =
      prior && value && typeof prior === 'object' && typeof value === 'object' && !Array.isArray(value)
        ? deepMerge(prior as Json, value as Json)
        : value;
  }
  return merged;
}

export function compileOcsfClass(root: string, classFile: string): OcsfClassSchema {
  const read = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Definition;
  const dictionary = JSON.parse(readFileSync(path.join(root, 'dictionary.json'), 'utf8')) as {
    attributes: Record<string, AttributeDefinition>;
    types: { attributes: Record<string, { type?: string; regex?: string; max_len?: number; range?: [number, number] }> };
  };
  const categories = JSON.parse(readFileSync(path.join(root, 'categories.json'), 'utf8')) as {
    attributes: Record<string, { uid: number; caption: string }>;
  };
  const eventFiles = new Map<string, string>([
    ['base_event', 'events/base_event.json'],
    ['finding', 'events/findings/finding.json'],
    ['detection_finding', 'events/findings/detection_finding.json'],
  ]);
  const objectFile = (name: string) => `objects/${name}.json`;
  const hasObject = (name: string) => {
    try {
      readFileSync(path.join(root, objectFile(name)));
      return true;
    } catch {
      return false;
    }
  };

  /** The definition with its parents' attributes merged in (parent first, child wins). */
  function resolve(definition: Definition, fileOf: (name: string) => string): Definition {
    if (!definition.extends) return definition;
    const parent = resolve(read(fileOf(definition.extends)), fileOf);
    const attributes = deepMerge(parent.attributes, definition.attributes) as Definition['attributes'];
    return { ...parent, ...definition, attributes, constraints: definition.constraints ?? parent.constraints };
  }

  const facts: OcsfClassSchema['attributes'] = new Map();
  const defs: Record<string, unknown> = {};

  function scalar(typeName: string): Json {
    const type = dictionary.types.attributes[typeName];
    if (!type) throw new Error(`OCSF type ${typeName} is not in the dictionary`);
    const base = type.type ?? typeName;
    const json: Json =
      base === 'string_t'
        ? { type: 'string' }
        : base === 'integer_t' || base === 'long_t'
          ? { type: 'integer' }
          : base === 'float_t'
            ? { type: 'number' }
            : base === 'boolean_t'
              ? { type: 'boolean' }
              : {};
    if (type.max_len) json.maxLength = type.max_len;
    if (type.range) Object.assign(json, { minimum: type.range[0], maximum: type.range[1] });
    return json;
  }

  function attributeSchema(owner: string, name: string, local: AttributeDefinition): Json | false {
    const merged = deepMerge((dictionary.attributes[name] ?? {}) as Json, local as Json) as AttributeDefinition;
    if (!merged.type) throw new Error(`OCSF attribute ${name} has no type in the vendored dictionary`);
    let item: Json | false;
    if (merged.type.endsWith('_t')) {
      item = scalar(merged.type);
      if (merged.enum) item = { ...item, enum: Object.keys(merged.enum).map(Number) };
    } else if (merged.type === 'object') {
      item = { type: 'object' };
    } else {
      item = objectSchema(merged.type) ? { $ref: `#/$defs/${merged.type}` } : false;
    }
    const known: AttributeFacts = {};
    if (merged.sibling && merged.enum) {
      known.sibling = {
        name: merged.sibling,
        captions: Object.fromEntries(Object.entries(merged.enum).map(([id, value]) => [id, value.caption])),
      };
    }
    if (item !== false && '$ref' in item) known.object = merged.type;
    if (!facts.has(owner)) facts.set(owner, new Map());
    facts.get(owner)?.set(name, known);
    if (item === false) return false;
    return merged.is_array ? { type: 'array', items: item } : item;
  }

  function properties(owner: string, definition: Definition): Json {
    const props: Record<string, unknown> = {};
    const required: string[] = [];
    for (const [name, raw] of Object.entries(definition.attributes)) {
      if (name === '$include' || Array.isArray(raw)) continue;
      // An attribute that belongs to a profile exists only where the profile is applied.
      if (raw.profile) continue;
      props[name] = attributeSchema(owner, name, raw);
      if (raw.requirement === 'required') required.push(name);
    }
    const schema: Json = { type: 'object', properties: props, required, additionalProperties: false };
    const atLeastOne = definition.constraints?.at_least_one;
    if (atLeastOne) schema.anyOf = atLeastOne.map((name) => ({ required: [name] }));
    return schema;
  }

  function objectSchema(name: string): boolean {
    if (name in defs) return true;
    if (!hasObject(name)) return false;
    defs[name] = {}; // placeholder: objects may refer to themselves
    defs[name] = properties(name, resolve(read(objectFile(name)), objectFile));
    return true;
  }

  const eventClass = resolve(read(classFile), (name) => {
    const file = eventFiles.get(name);
    if (!file) throw new Error(`OCSF class ${name} is not vendored`);
    return file;
  });
  const category = categories.attributes[eventClass.category ?? ''];
  if (!category || eventClass.uid === undefined) throw new Error(`OCSF class ${eventClass.name} has no category or uid`);
  const classUid = category.uid * 1000 + eventClass.uid;
  const schema = properties('', eventClass);
  const props = schema.properties as Record<string, Json>;
  props.class_uid = { const: classUid };
  props.category_uid = { const: category.uid };
  // The dictionary's enums for these list only "Unknown"/"Base Event"; the server derives them.
  const own = facts.get('') ?? new Map<string, AttributeFacts>();
  own.set('class_uid', { sibling: { name: 'class_name', captions: { [classUid]: eventClass.caption } } });
  own.set('category_uid', { sibling: { name: 'category_name', captions: { [category.uid]: category.caption } } });
  return {
    schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema, $defs: defs },
    classUid,
    attributes: facts,
  };
}

/** Sibling captions (`severity` for `severity_id`, …) that JSON Schema cannot express. */
export function siblingErrors(value: Record<string, unknown>, compiled: OcsfClassSchema, owner = '', where = ''): string[] {
  const errors: string[] = [];
  for (const [name, known] of compiled.attributes.get(owner) ?? []) {
    const held = value[name];
    if (held === undefined) continue;
    if (known.sibling && typeof held === 'number' && held !== 99 && known.sibling.name in value) {
      const caption = known.sibling.captions[String(held)];
      if (value[known.sibling.name] !== caption) {
        errors.push(`${where}${known.sibling.name} is ${JSON.stringify(value[known.sibling.name])}; the caption of ${name} ${held} is "${caption}"`);
      }
    }
    if (known.object) {
      const items = Array.isArray(held) ? held : [held];
      items.forEach((item, index) => {
        if (item && typeof item === 'object') {
          const at = `${where}${name}${Array.isArray(held) ? `[${index}]` : ''}.`;
          errors.push(...siblingErrors(item as Record<string, unknown>, compiled, known.object, at));
        }
      });
    }
  }
  return errors;
}
