// Parses one policy file's text into plain data plus a way back from a data path to the place
// in the file, so every later error (schema, merge, semantic) can point at line and column.
// Parsing is locked down: YAML 1.2 core schema, no custom tags (an unknown tag such as
// `!!js/function` is an error, not a string), no `<<` merge keys (they would be an unknown key),
// unique keys, and at most MAX_ALIAS_COUNT alias expansions against "billion laughs".
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
} from 'yaml';
import type { SourceLocation } from '../model.js';
import { printable } from './bound-errors.js';
import { fileError, type PolicyError } from './policy-error.js';

export const MAX_ALIAS_COUNT = 100;

/** A path into the document: map keys and sequence indices. */
export type DataPath = readonly (string | number)[];

export interface ParsedPolicyFile {
  path: string;
  /** The document as plain data; undefined when it could not be parsed. */
  data: unknown;
  /** Syntax errors, unknown tags, duplicate keys, emptiness. */
  errors: PolicyError[];
  /** Where the value at `dataPath` is written (the closest existing ancestor when it is absent). */
  locate(dataPath: DataPath): SourceLocation;
  /** Where the key of the entry at `dataPath` is written (the value's place for list items). */
  locateKey(dataPath: DataPath): SourceLocation;
}

function firstLine(message: string): string {
  // prettyErrors appends " at line L, column C:" and a code excerpt; the position is reported apart.
  return printable(message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim());
}

const FIXES: Record<string, string> = {
  DUPLICATE_KEY: 'Keep one of the repeated keys; YAML does not merge them.',
  TAG_RESOLVE_FAILED:
    'Remove the tag: policy files hold plain strings, numbers, booleans, lists and mappings only.',
  BAD_ALIAS: 'Define the anchor (`&name`) before using the alias (`*name`).',
};

export function parsePolicyText(path: string, text: string): ParsedPolicyFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    customTags: [],
    schema: 'core',
    merge: false,
    strict: true,
  });

  const toLocation = (start: number, end?: number): SourceLocation => {
    const from = lineCounter.linePos(start);
    const location: SourceLocation = { path, line: from.line, column: from.col };
    if (end !== undefined && end > start) {
      const to = lineCounter.linePos(end);
      location.endLine = to.line;
      location.endColumn = to.col;
    }
    return location;
  };
  const fileStart: SourceLocation = { path, line: 1, column: 1 };
  const nodeLocation = (node: Node | null | undefined): SourceLocation =>
    node?.range ? toLocation(node.range[0], node.range[1]) : fileStart;

  const walk = (dataPath: DataPath) => walkTo(document, dataPath);
  const locate = (dataPath: DataPath): SourceLocation => nodeLocation(walk(dataPath).node);
  const locateKey = (dataPath: DataPath): SourceLocation => {
    const found = walk(dataPath);
    if (found.complete && found.pair && isScalar(found.pair.key)) return nodeLocation(found.pair.key);
    return nodeLocation(found.node);
  };

  const errors: PolicyError[] = [];
  // Unknown tags are warnings to the yaml library; here they are errors (nothing may sneak in).
  for (const problem of [...document.errors, ...document.warnings]) {
    const [start, end] = problem.linePos ?? [];
    const location: SourceLocation = start ? { path, line: start.line, column: start.col } : fileStart;
    if (start && end && (end.line !== start.line || end.col !== start.col)) {
      location.endLine = end.line;
      location.endColumn = end.col;
    }
    errors.push({
      ...location,
      message: `YAML ${problem.name === 'YAMLWarning' ? 'problem' : 'syntax error'}: ${firstLine(problem.message)}`,
      fix: FIXES[problem.code] ?? 'Fix the YAML at this position (a YAML-aware editor shows the structure).',
    });
  }

  let data: unknown;
  if (errors.length === 0) {
    if (document.contents === null || (isScalar(document.contents) && document.contents.value === null)) {
      errors.push(fileError(path, 'policy file is empty', 'Start the file with `version: 1`, or delete it.'));
    } else {
      try {
        data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      } catch (error) {
        errors.push(
          fileError(
            path,
            `YAML could not be expanded: ${printable(error instanceof Error ? error.message : String(error))}`,
            `Write the values out; at most ${MAX_ALIAS_COUNT} alias expansions are allowed.`,
          ),
        );
      }
    }
  }
  return { path, data, errors, locate, locateKey };
}

interface WalkResult {
  node: Node | null;
  pair?: Pair;
  /** Whether the whole path was found (otherwise `node` is the deepest ancestor). */
  complete: boolean;
}

function walkTo(document: Document, dataPath: DataPath): WalkResult {
  let node = document.contents;
  let pair: Pair | undefined;
  for (const segment of dataPath) {
    if (isMap(node)) {
      const found = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!found) return { node, pair, complete: false };
      pair = found;
      // `key:` with no value has no value node, or an empty one of zero width: point at the key.
      const value = found.value as Node | null;
      const empty =
        value === null || (isScalar(value) && value.value === null && value.range?.[0] === value.range?.[1]);
      node = empty ? (found.key as Node) : value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item === undefined) return { node, pair, complete: false };
      pair = undefined;
      node = item;
    } else {
      return { node, pair, complete: false };
    }
  }
  return { node, pair, complete: true };
}
