// Every implemented REST route, keyed by its OpenAPI `METHOD /template`.

import type { RestHandler } from './context.js';
import { auditLogRoutes } from './audit-log.js';
import { checkRunRoutes } from './check-runs.js';
import { contentRoutes } from './contents.js';
import { credentialReadRoutes } from './credential-reads.js';
import { identityReadRoutes } from './identity-reads.js';
import { issueRoutes } from './issues.js';
import { orgReadRoutes } from './org-reads.js';
import { repoReadRoutes } from './repo-reads.js';
import { revocationRoutes } from './revocations.js';

export const restRoutes: Record<string, RestHandler> = {
  ...orgReadRoutes,
  ...repoReadRoutes,
  ...credentialReadRoutes,
  ...identityReadRoutes,
  ...auditLogRoutes,
  ...issueRoutes,
  ...checkRunRoutes,
  ...contentRoutes,
  ...revocationRoutes,
};
