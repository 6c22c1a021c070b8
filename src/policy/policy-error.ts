// A problem in a policy file, pointed at precisely enough to become a check-run annotation.
import type { SourceLocation } from '../model.js';

export interface PolicyError {
  /** File path relative to the workspace (as GitHub annotations want it). */
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  /** The column just after the last character of the value. */
  endColumn?: number;
  /** What is wrong, in words a person can act on. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export function policyError(location: SourceLocation, message: string, fix: string): PolicyError {
  const error: PolicyError = {
    path: location.path,
    line: location.line,
    column: location.column,
    message,
    fix,
  };
  if (location.endLine !== undefined) error.endLine = location.endLine;
  if (location.endColumn !== undefined) error.endColumn = location.endColumn;
  return error;
}

/** Where the error is, as findings and annotations carry it. */
export function locationOf(error: PolicyError): SourceLocation {
  return {
    path: error.path,
    line: error.line,
    column: error.column,
    ...(error.endLine !== undefined ? { endLine: error.endLine } : {}),
    ...(error.endColumn !== undefined ? { endColumn: error.endColumn } : {}),
  };
}

/** A problem with a whole file or folder rather than a place inside it. */
export function fileError(path: string, message: string, fix: string): PolicyError {
  return { path, line: 1, column: 1, message, fix };
}

export function formatLocation(location: { path: string; line: number; column: number }): string {
  return `${location.path}:${location.line}:${location.column}`;
}

/** `path:line:column: message` — one line, for logs and test assertions. */
export function formatPolicyError(error: PolicyError): string {
  return `${formatLocation(error)}: ${error.message}`;
}

/** How the JSON report lists a policy error: its message and fix joined, its position as a location. */
export function reportedPolicyError(error: PolicyError): { message: string; location: SourceLocation } {
  return { message: `${error.message} — ${error.fix}`, location: locationOf(error) };
}
