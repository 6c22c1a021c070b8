// The history of one organization: `<org>/state.json`, so several organizations can keep theirs
// in one place without overwriting each other's. The version before kept one `state.json`; it is
// read once, when the organization has no history of its own yet and the old file does not name
// only other organizations, and the next write goes to the organization's path.
import type { RunState, StateStore, Warn } from './types.js';

/** Where an organization's state lives, relative to the store's root (branch or folder). */
export function organizationStatePath(org: string): string {
  return `${org.toLowerCase()}/state.json`;
}

export const LEGACY_STATE_PATH = 'state.json';

/** Owners named by the resource identifiers of the state's findings (`repo:<org>/…`, `org:<org>`). */
export function organizationsInState(state: RunState): Set<string> {
  const named = new Set<string>();
  for (const record of Object.values(state.fingerprints)) {
    const match = /^(?:org:([^/]+)$|(?:repo|team|deploy-key|secret):([^/]+)\/)/.exec(record.resource);
    if (match) named.add((match[1] ?? match[2]).toLowerCase());
  }
  return named;
}

export interface OrganizationStoreOptions {
  organization: string;
  /** The store at `organizationStatePath`; `warn` must be the one it reports problems through. */
  scoped: (warn: Warn) => StateStore;
  /** The store at `LEGACY_STATE_PATH`. */
  legacy: StateStore;
  warn: Warn;
  info?: (message: string) => void;
}

export class OrganizationStateStore implements StateStore {
  private readonly scoped: StateStore;
  /** The organization's own read failed (not "absent"): then the old file must not stand in for it. */
  private problem = false;

  constructor(private readonly options: OrganizationStoreOptions) {
    this.scoped = options.scoped((message) => {
      this.problem = true;
      options.warn(message);
    });
  }

  async read(): Promise<RunState | null> {
    const own = await this.scoped.read();
    if (own || this.problem) return own;
    const legacy = await this.options.legacy.read();
    if (!legacy) return null;
    const named = organizationsInState(legacy);
    const org = this.options.organization.toLowerCase();
    if (named.size > 0 && !named.has(org)) return null;
    this.options.info?.(`Adopting the history written before it was kept per organization (${LEGACY_STATE_PATH}) for ${org}.`);
    return legacy;
  }

  write(state: RunState): Promise<void> {
    return this.scoped.write(state);
  }
}
