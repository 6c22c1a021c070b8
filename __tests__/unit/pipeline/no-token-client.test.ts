import { describe, expect, it } from '@jest/globals';
import { NO_TOKEN_REASON, noTokenClient } from '../../../src/pipeline/no-token-client.js';

describe('noTokenClient', () => {
  it('refuses every read, REST or GraphQL, with the reason, and counts no request', async () => {
    const client = noTokenClient();
    await expect(client.rest.request('GET /orgs/{org}/members', { org: 'acme' })).rejects.toThrow(NO_TOKEN_REASON);
    await expect(client.rest.paginate('GET /orgs/{org}/members', { org: 'acme' })).rejects.toThrow(NO_TOKEN_REASON);
    await expect(client.graphql('{ viewer { login } }')).rejects.toThrow(NO_TOKEN_REASON);
    expect(client.stats).toEqual({ restRequests: 0, notModified: 0, graphqlRequests: 0, graphqlCost: 0, retries: 0 });
  });
});
