// Kept for the reporters and modes that import from here: the classification and the words live
// in src/github/errors.ts, once, for readers and writers alike.
export { describeError, statusOf } from '../github/errors.js';
