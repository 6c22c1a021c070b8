import { describe, expect, it } from '@jest/globals';
import { EtagCache } from '../../../src/github/etag-cache.js';
import { mapWithConcurrency } from '../../../src/github/concurrency.js';

describe('EtagCache', () => {
  it('round-trips through JSON, keyed by method and full URL', () => {
    const cache = new EtagCache();
    const key = EtagCache.key('get', 'https://api.example/orgs/acme/members?per_page=100&page=2');
    cache.set(key, {
      etag: 'W/"abc"',
      data: [{ login: 'alice' }],
      link: '<https://api.example/x?page=3>; rel="next"',
    });
    const restored = EtagCache.fromJSON(JSON.parse(JSON.stringify(cache)));
    expect(restored.get('GET https://api.example/orgs/acme/members?per_page=100&page=2')).toEqual(
      cache.get(key),
    );
    expect(restored.get('GET https://api.example/orgs/acme/members?per_page=100&page=3')).toBeUndefined();
  });

  it.each([null, 'x', { version: 2, entries: {} }, { version: 1, entries: { k: { data: 1 } } }])(
    'a damaged state (%p) only costs a cold cache',
    (json) => {
      expect(EtagCache.fromJSON(json).size).toBe(0);
    },
  );
});

describe('mapWithConcurrency', () => {
  it('keeps order and never exceeds the limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const result = await mapWithConcurrency([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, n * 3));
      inFlight -= 1;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });
});

describe('EtagCache.pack', () => {
  it('round-trips through the compact string the state file keeps, and shrinks it', () => {
    const cache = new EtagCache();
    for (let i = 0; i < 50; i++) {
      cache.set(`GET https://api.example/repos/acme/r${i}/actions/secrets`, {
        etag: `"e${i}"`,
        data: { total_count: 1, secrets: [{ name: 'DEPLOY_TOKEN', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' }] },
        link: null,
      });
    }
    const packed = cache.pack();
    expect(packed.startsWith('deflate:')).toBe(true);
    expect(packed.length).toBeLessThan(JSON.stringify(cache.toJSON()).length / 4);
    expect(EtagCache.unpack(packed).toJSON()).toEqual(cache.toJSON());
    // An older state with the plain form still loads; garbage is a cold cache.
    expect(EtagCache.unpack(cache.toJSON()).size).toBe(50);
    expect(EtagCache.unpack('deflate:not-base64!').size).toBe(0);
  });
});
