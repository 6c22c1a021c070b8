// `npm start`: the whole product on the simulator's demo organization `acme`, run exactly as the
// Actions runner runs it (node dist/index.js with INPUT_* and GITHUB_*), then exits by itself:
//   1. the nightly audit,
//   2. an offboarding `pre` for a departing person (the tracking issue opens with the inventory),
//   3. HR's automation removes most of the access (but forgets some),
//   4. the offboarding `post` (what is left, activity after termination; the issue is updated).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scenarioPolicyYaml } from '../simulator/policy-yaml.js';
import { runAction, type ActionRun } from '../simulator/runner.js';
import { generateScenario, revokeAccess } from '../simulator/scenario/index.js';
import { startSimulator } from '../simulator/index.js';
import { colorWanted, markdownToTerminal } from './terminal-markdown.js';

const root = resolve(import.meta.dirname, '..');
const color = colorWanted();
const bold = (text: string) => (color ? `\x1b[1m${text}\x1b[0m` : text);
const rule = (title: string) => console.log(`\n${bold(`── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`)}`);

interface ReportFinding {
  rule: string;
  severity: string;
  subject: string | null;
  resource: string;
  message: string;
}

interface ExemptedFinding extends ReportFinding {
  exemption: { reason: string; expires: string };
}

function printRun(run: ActionRun): void {
  const report = run.report as
    | { findings: ReportFinding[]; exempted: ExemptedFinding[]; coverage: { gaps: { resource: string; reason: string }[] } }
    | null;
  if (!report) {
    console.log(run.stdout, run.stderr);
    throw new Error(`the action wrote no report (exit ${run.exitCode})`);
  }
  const byRule = new Map<string, ReportFinding[]>();
  for (const finding of report.findings) byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
  for (const [name, findings] of byRule) {
    console.log(`  ${bold(name)} (${findings.length})`);
    for (const finding of findings.slice(0, 4)) console.log(`    [${finding.severity}] ${finding.message}`);
    if (findings.length > 4) console.log(`    … and ${findings.length - 4} more`);
  }
  if (report.findings.length === 0) console.log('  no findings');
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  console.log(
    `  ${count(report.findings.length, 'finding')}, ${report.exempted.length} exempted, ${count(report.coverage.gaps.length, 'coverage gap')}; ` +
      `conclusion ${run.outputs.conclusion}, exit code ${run.exitCode}`,
  );
  for (const finding of report.exempted) {
    console.log(
      `  exempted: ${finding.rule} on ${finding.resource}${finding.subject ? ` (${finding.subject})` : ''} — ` +
        `"${finding.exemption.reason}", until ${finding.exemption.expires}`,
    );
  }
  for (const gap of report.coverage.gaps) console.log(`  not covered: ${gap.resource} — ${gap.reason}`);
  console.log(`  report:  ${run.outputs['report-path']}`);
  if (run.outputs['sarif-path']) console.log(`  sarif:   ${run.outputs['sarif-path']}`);
  console.log(`  summary: ${join(run.runnerTemp, 'offboarding-sentinel', 'summary.md')}`);
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first');
  const scenario = generateScenario({ seed: 1, size: 'demo' });
  const sim = await startSimulator({ scenario });
  const api = { url: sim.url, graphqlUrl: sim.graphqlUrl, token: sim.token };
  const now = scenario.org.now;
  const files = {
    'policies/offboarding-sentinel.yml': readFileSync(join(root, 'policies', 'offboarding-sentinel.yml'), 'utf8'),
    'policies/zz-demo-organization.yml': scenarioPolicyYaml(scenario),
  };
  console.log(`Simulated GitHub at ${sim.url} — organization ${scenario.org.login}: ` +
    `${scenario.org.members.length} members, ${scenario.org.repos.length} repositories, ${scenario.org.teams.length} teams`);

  try {
    rule('1. Nightly audit (mode: audit)');
    const audit = await runAction({
      api,
      repository: scenario.actionRepo,
      now,
      files,
      inputs: { mode: 'audit', report: 'check-run,issues,summary,json,sarif' },
    });
    printRun(audit);
    const issues = scenario.org.issues.filter((issue) => issue.state === 'open');
    console.log(`  open issues in ${scenario.actionRepo}: ${issues.map((issue) => `#${issue.number} ${issue.title}`).join('; ')}`);

    const departure = scenario.departures.find((person) => person.kind === 'leftovers') ?? scenario.departures[0];
    const offboardInputs = { mode: 'offboard', subjects: departure.login, 'offboarded-at': departure.offboarded_at };

    rule(`2. Offboarding ${departure.login}: phase pre (inventory)`);
    const pre = await runAction({ api, repository: scenario.actionRepo, now, files, inputs: { ...offboardInputs, phase: 'pre' } });
    printRun(pre);

    rule(`3. HR automation removes ${departure.login}'s access (forgetting tokens and deploy keys)`);
    revokeAccess(scenario.org, departure.login, now, 'secops-lead', { tokens: true, 'deploy-keys': true });
    console.log('  removed: organization membership, teams, repository access, invitations');

    rule(`4. Offboarding ${departure.login}: phase post (verify)`);
    const post = await runAction({ api, repository: scenario.actionRepo, now, files, inputs: { ...offboardInputs, phase: 'post' } });
    printRun(post);

    const tracking = scenario.org.issues.find((issue) => issue.title.includes(departure.login) && issue.labels.includes('offboarding'));
    rule(`The tracking issue #${tracking?.number ?? '?'} (${tracking?.state ?? 'missing'})`);
    // Rendered as GitHub would show it, not as the escaped Markdown GitHub receives.
    console.log(markdownToTerminal(tracking?.body ?? '', { color }));
    console.log(`\n${sim.log.length} requests served by the simulator.`);
  } finally {
    await sim.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
