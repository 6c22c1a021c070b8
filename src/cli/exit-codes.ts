// The command line's exit codes. 0 and 1 mean what they mean for the action's step.
export const EXIT = {
  /** No finding at or above --fail-on (the action's `success` or `neutral`). */
  ok: 0,
  /** Findings at or above --fail-on, a policy error, a subject that could not be processed, or a failed write with --publish. */
  findings: 1,
  /** Wrong usage: an unknown option, a missing argument, no token, an invalid value. Nothing was read. */
  usage: 2,
} as const;

export const EXIT_CODES_HELP = `
Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on, a policy error, a subject that could not be
     processed, or (with --publish) a write that failed
  2  wrong usage (unknown option, missing token, invalid value); nothing was read`;
