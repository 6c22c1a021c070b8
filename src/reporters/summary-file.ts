// Appending the job summary to `GITHUB_STEP_SUMMARY` for callers that do not use core.summary
// (the CLI, the demo). The text is already under the limit (renderSummary).
import { appendFile } from 'node:fs/promises';

/** Appends `markdown` to the step summary file; returns false when there is none (not on Actions). */
export async function appendStepSummary(
  markdown: string,
  file: string | undefined = process.env.GITHUB_STEP_SUMMARY,
): Promise<boolean> {
  if (!file) return false;
  await appendFile(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  return true;
}
