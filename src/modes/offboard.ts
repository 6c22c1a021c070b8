// `mode: offboard` — for each departing person: `pre` inventories what they hold and opens their
// tracking issue; `post` collects again, compares with that inventory (or one rebuilt from the
// audit log when no `pre` ran), reports what is left, optionally revokes it (in the apply
// stage, never on a dry run), and updates the issue — closing it when nothing is left.
import { evaluateOffboard } from '../evaluate/offboard.js';
import { gatherOffboard, regatherOffboard } from '../gather/offboard.js';
import { defineMode } from './mode.js';

export const offboardMode = defineMode({
  name: 'offboard',
  reportsPolicyErrors: false,
  readOnly: () => false,
  gather: gatherOffboard,
  evaluate: evaluateOffboard,
  regather: regatherOffboard,
});
