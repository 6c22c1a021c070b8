// Every query asks for its own cost so the client can count GraphQL points exactly.
export const RATE_LIMIT = 'rateLimit { cost remaining resetAt }';
export const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
