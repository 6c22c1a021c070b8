// The history of one organization: `<org>/state.json`, so several organizations can keep theirs
// in one place without overwriting each other's. The version before kept one `state.json`; it is
// read once, when the organization has no history of its own yet (absent, not unreadable) and
// the old file does not name only other organizations; the next write goes to the
// organization's path.
import type { RunState, StateRead, StateStore, StoreStatus } from './types.js';

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
  /** The store at `organizationStatePath`. */
  scoped: StateStore;
  /** The store at `LEGACY_STATE_PATH`. */
  legacy: StateStore;
  info?: (message: string) => void;
}

export class OrganizationStateStore implements StateStore {
  private adopted = false;

  constructor(private readonly options: OrganizationStoreOptions) {}

  async load(): Promise<StateRead> {
    const { scoped, legacy, organization } = this.options;
    const own = await scoped.load();
    // Unreadable is not absent: the old file must not stand in for a history that could not be seen.
    if (own.status !== 'absent') return own;
    const old = await legacy.load();
    if (old.status !== 'read') return own;
    const named = organizationsInState(old.state);
    if (named.size > 0 && !named.has(organization.toLowerCase())) return own;
    this.adopted = true;
    this.options.info?.(`Adopting ${legacy.status().where} (written before the history was kept per organization) for ${organization}.`);
    return old;
  }

  async read(): Promise<RunState | null> {
    const read = await this.load();
    return read.status === 'read' ? read.state : null;
  }

  write(state: RunState): Promise<void> {
    return this.options.scoped.write(state);
  }

  status(): StoreStatus {
    return this.adopted ? this.options.legacy.status() : this.options.scoped.status();
  }
}
