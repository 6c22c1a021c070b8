// Reading the base branch's policy files through the contents API (no second checkout needed),
// for validate's comparison.
import type { CoverageGap } from '../model.js';
import type { PolicyText } from '../policy/index.js';
import { describeError, statusOf } from '../reporters/request-error.js';
import type { RunContext } from '../run-context.js';

export async function readBasePolicy(ctx: RunContext, ref: string): Promise<PolicyText[] | { gap: CoverageGap }> {
  const { repoClient: client, actionRepo, inputs } = ctx;
  const folder = inputs.policyPath.replace(/^\.?\/*/, '').replace(/\/+$/, '');
  try {
    const listing = await client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', { ...actionRepo, path: folder, ref });
    const entries = Array.isArray(listing.data) ? (listing.data as { type: string; name: string; path: string }[]) : [];
    const files = entries.filter((entry) => entry.type === 'file' && /\.ya?ml$/i.test(entry.name));
    const texts: PolicyText[] = [];
    for (const file of files) {
      const content = await client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', { ...actionRepo, path: file.path, ref });
      const data = content.data as { content?: string; encoding?: string };
      texts.push({ path: file.path, text: Buffer.from(data.content ?? '', 'base64').toString('utf8') });
    }
    return texts;
  } catch (error) {
    // No policy folder on the base branch: the PR adds the first policy; compare with defaults.
    if (statusOf(error) === 404) return [];
    return { gap: { resource: `repo:${actionRepo.owner}/${actionRepo.repo}/contents/${folder}`, reason: `cannot read the base branch's policy (${describeError(error)})` } };
  }
}
