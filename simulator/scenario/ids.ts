// Deterministic identifiers: numeric ids from per-kind counters, node ids derived from them,
// and audit-log document ids / key material from a hash of the seed and a sequence number.
import { createHash } from 'node:crypto';

export type IdKind =
  | 'user'
  | 'team'
  | 'repo'
  | 'deploy-key'
  | 'invitation'
  | 'repo-invitation'
  | 'environment'
  | 'pat-grant'
  | 'token'
  | 'credential'
  | 'authorized-credential'
  | 'issue'
  | 'label';

// Bases far apart so ids of different kinds never collide and look like GitHub's.
const BASES: Record<IdKind, number> = {
  user: 1_000_000,
  team: 2_000_000,
  repo: 300_000_000,
  'deploy-key': 90_000_000,
  invitation: 40_000_000,
  'repo-invitation': 250_000_000,
  environment: 1_500_000_000,
  'pat-grant': 8_000,
  token: 5_000_000,
  credential: 70_000_000,
  'authorized-credential': 120_000_000,
  issue: 2_600_000_000,
  label: 7_000_000_000,
};

const NODE_PREFIX: Partial<Record<IdKind, string>> = {
  user: 'U_kgDO',
  team: 'T_kwDO',
  repo: 'R_kgDO',
  invitation: 'OI_kwDO',
  'repo-invitation': 'RI_kwDO',
  issue: 'I_kwDO',
};

export class IdAllocator {
  private readonly next = new Map<IdKind, number>();
  private documentSeq = 0;

  constructor(private readonly seed: number) {}

  id(kind: IdKind): number {
    const value = this.next.get(kind) ?? BASES[kind];
    this.next.set(kind, value + 1);
    return value;
  }

  /** The GraphQL node id GitHub would give the object with this database id. */
  nodeId(kind: IdKind, id: number): string {
    return `${NODE_PREFIX[kind] ?? 'N_kwDO'}${Buffer.from(`${kind}:${id}`).toString('base64url')}`;
  }

  /** An audit-log `_document_id`: 22 url-safe characters, unique within the scenario. */
  documentId(): string {
    this.documentSeq += 1;
    return digest(`${this.seed}:event:${this.documentSeq}`).slice(0, 22);
  }
}

export function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** A public SSH key line and its SHA256 fingerprint, derived from a label. */
export function sshKeyFor(label: string): { key: string; fingerprint: string } {
  const material = createHash('sha256').update(`ssh:${label}`).digest();
  // The wire format of an ed25519 public key: type string then the 32-byte key.
  const type = Buffer.from('ssh-ed25519');
  const blob = Buffer.concat([u32(type.length), type, u32(material.length), material]);
  const fingerprint = `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
  return { key: `ssh-ed25519 ${blob.toString('base64')}`, fingerprint };
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

/** The last eight characters of a classic PAT, derived from a label. */
export function tokenLastEight(label: string): string {
  return createHash('sha256').update(`pat:${label}`).digest('hex').slice(0, 8);
}
