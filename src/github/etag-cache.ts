// Conditional-request cache: GitHub does not count a 304 against the primary rate limit, so a
// nightly audit that re-reads mostly unchanged lists costs little. Kept between runs by the
// state store through pack()/unpack().
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export interface EtagEntry {
  etag: string;
  /** The body as GitHub last sent it (already parsed JSON). */
  data: unknown;
  /** Link header of that response, so pagination keeps working from a cached page. */
  link: string | null;
}

export interface EtagCacheJSON {
  version: 1;
  entries: Record<string, EtagEntry>;
}

const PACKED = 'deflate:';
/** About 32 MB of JSON per shard: a few MB once deflated and base64-encoded. */
export const SHARD_TARGET_BYTES = 32 * 1024 * 1024;

/** FNV-1a: a stable spread of keys over shards, the same on every run. */
function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export class EtagCache {
  private readonly entries = new Map<string, EtagEntry>();

  /** The key is method + full URL including the query string: each page is its own entry. */
  static key(method: string, url: string): string {
    return `${method.toUpperCase()} ${url}`;
  }

  get(key: string): EtagEntry | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: EtagEntry): void {
    this.entries.set(key, entry);
  }

  get size(): number {
    return this.entries.size;
  }

  toJSON(): EtagCacheJSON {
    return { version: 1, entries: Object.fromEntries(this.entries) };
  }

  /**
   * The cache as one compact string for the state file: the cached bodies are repetitive JSON
   * (about a tenth after deflate), and a large organization keeps tens of thousands of them.
   */
  pack(keep: (key: string) => boolean = () => true): string {
    const entries = Object.fromEntries(Object.entries(this.toJSON().entries).filter(([key]) => keep(key)));
    const json: EtagCacheJSON = { version: 1, entries };
    return PACKED + deflateRawSync(JSON.stringify(json)).toString('base64');
  }

  /**
   * The cache as several packed strings of about `targetBytes` of JSON each, entries spread by
   * a hash of their key: a large organization's cache (hundreds of MB of JSON) never becomes
   * one string — V8 caps a string near 512 MB — and a change touches only its own shard.
   */
  packShards(keep: (key: string) => boolean = () => true, targetBytes = SHARD_TARGET_BYTES): string[] {
    const kept = [...this.entries].filter(([key]) => keep(key));
    let total = 0;
    for (const [key, entry] of kept) total += key.length + JSON.stringify(entry).length;
    const count = Math.max(1, Math.ceil(total / targetBytes));
    const buckets: [string, EtagEntry][][] = Array.from({ length: count }, () => []);
    for (const pair of kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      buckets[keyHash(pair[0]) % count].push(pair);
    }
    return buckets.map((bucket) => {
      const json: EtagCacheJSON = { version: 1, entries: Object.fromEntries(bucket) };
      return PACKED + deflateRawSync(JSON.stringify(json)).toString('base64');
    });
  }

  /** A packed cache, a list of packed shards or a plain `toJSON()` object; anything else is a cold cache. */
  static unpack(value: unknown): EtagCache {
    if (Array.isArray(value)) {
      const cache = new EtagCache();
      for (const shard of value) for (const [key, entry] of EtagCache.unpack(shard).entries) cache.set(key, entry);
      return cache;
    }
    if (typeof value === 'string' && value.startsWith(PACKED)) {
      try {
        return EtagCache.fromJSON(JSON.parse(inflateRawSync(Buffer.from(value.slice(PACKED.length), 'base64')).toString('utf8')));
      } catch {
        return new EtagCache();
      }
    }
    return EtagCache.fromJSON(value);
  }

  /** Tolerates anything: a damaged or foreign state file only costs a cold cache. */
  static fromJSON(json: unknown): EtagCache {
    const cache = new EtagCache();
    if (typeof json !== 'object' || json === null) return cache;
    const { version, entries } = json as Partial<EtagCacheJSON>;
    if (version !== 1 || typeof entries !== 'object' || entries === null) return cache;
    for (const [key, entry] of Object.entries(entries)) {
      if (typeof entry?.etag === 'string') {
        cache.set(key, {
          etag: entry.etag,
          data: entry.data,
          link: typeof entry.link === 'string' ? entry.link : null,
        });
      }
    }
    return cache;
  }
}
