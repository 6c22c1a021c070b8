// The GitHub Actions host: inputs from INPUT_* and the runner's environment, annotations,
// outputs, the job summary and failure through @actions/core, the state on a branch of the
// repository that runs the action.
import * as core from '@actions/core';
import { readInputs, type Env } from '../inputs.js';
import { clockFrom } from '../run-context.js';
import { ContentsApiStateStore } from '../state/contents-api-store.js';
import { LEGACY_STATE_PATH, OrganizationStateStore, organizationStatePath } from '../state/organization-store.js';
import type { Host } from './port.js';

/**
 * OFFBOARDING_SENTINEL_CONTENT_INTERVAL_MS overrides the pause between issue and comment
 * writes; only for GitHub-compatible servers without GitHub's secondary limits (the simulator).
 */
function contentInterval(env: Env): number | undefined {
  const text = env.OFFBOARDING_SENTINEL_CONTENT_INTERVAL_MS;
  const value = Number(text);
  return text && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function actionsHost(env: Env = process.env): Host {
  const interval = contentInterval(env);
  return {
    readInputs: () => readInputs(env),
    readClock: () => clockFrom(env),
    logger: {
      info: (message) => core.info(message),
      warning: (message) => core.warning(message),
      debug: (message) => core.debug(message),
      error: (message) => core.error(message),
    },
    ...(interval !== undefined ? { contentCreationIntervalMs: interval } : {}),
    maskSecret: (value) => core.setSecret(value),
    annotate: ({ level, message, title, file, line, column }) => {
      const properties = { file, startLine: line, startColumn: column, ...(title ? { title } : {}) };
      if (level === 'error') core.error(message, properties);
      else core.warning(message, properties);
    },
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown).write();
    },
    fail: (message) => core.setFailed(message),
    // One branch, one file per organization (the old single file is adopted once).
    stateStore: ({ client, repository, branch, organization, keepDir, warn }) =>
      new OrganizationStateStore({
        organization,
        scoped: new ContentsApiStateStore(client, { ...repository, branch, path: organizationStatePath(organization), keepDir, warn }),
        legacy: new ContentsApiStateStore(client, { ...repository, branch, path: LEGACY_STATE_PATH, warn }),
        info: (message) => core.info(message),
      }),
  };
}
