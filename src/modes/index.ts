// The list of modes: one description per name in model.ts's MODES (the compiler checks both
// ways). Adding a mode: a gather function (src/gather/), an evaluate function (src/evaluate/),
// a `defineMode` here, and its name in MODES.
import type { Mode } from '../model.js';
import { auditMode } from './audit.js';
import { mergeMode } from './merge.js';
import type { RunnableMode } from './mode.js';
import { offboardMode } from './offboard.js';
import { validateMode } from './validate.js';

export const MODE_DEFINITIONS: Readonly<Record<Mode, RunnableMode>> = {
  audit: auditMode,
  offboard: offboardMode,
  validate: validateMode,
  merge: mergeMode,
};
