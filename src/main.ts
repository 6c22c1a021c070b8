// The action's entry: the pipeline (src/pipeline/run.ts) on the GitHub Actions host.
import { actionsHost } from './host/actions-host.js';
import { runPipeline } from './pipeline/run.js';

export async function run(env: Record<string, string | undefined> = process.env): Promise<void> {
  await runPipeline(actionsHost(env));
}
