// `mode: merge` — the last job of the matrix-and-merge workflow: per-organization JSON reports
// (one matrix job per organization, each with its own installation token and rate budget) into
// one report, summary, SARIF file and set of issues.
import { evaluateMerge } from '../evaluate/merge.js';
import { gatherMerge } from '../gather/merge.js';
import { defineMode } from './mode.js';

export const mergeMode = defineMode({
  name: 'merge',
  reportsPolicyErrors: false,
  readOnly: () => false,
  gather: gatherMerge,
  evaluate: evaluateMerge,
});
