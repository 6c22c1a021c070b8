import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The pipeline's stages, enforced (README "How it works"): GitHub is read only in gather (and
// the collectors it calls), written only in apply; evaluate, plan and the rules are pure. The
// functions that read and write are defined beside what they read and write (reporters,
// offboarding/remediation.ts, state/); these rules say who may call them.
const READS = { message: 'GitHub is read only in src/gather (and the collectors it calls).' };
const WRITES = { message: 'GitHub is written only in src/apply.' };
const readImports = [
  { group: ['**/collectors/*'], ...READS },
  { group: ['**/reporters/issue-sync.js'], importNames: ['listIssuesByLabel', 'listManagedIssues'], ...READS },
  { group: ['**/github/budget.js'], importNames: ['readRateLimits'], ...READS },
];
const writeImports = [
  { group: ['**/reporters/issue-sync.js'], importNames: ['applyIssuePlan'], ...WRITES },
  { group: ['**/reporters/check-run.js'], importNames: ['startCheckRun', 'applyCheckRun'], ...WRITES },
  { group: ['**/offboarding/remediation.js'], importNames: ['applyRemediation'], ...WRITES },
];
const gatherImports = [{ group: ['**/gather/*'], message: 'Only a mode (src/modes) and the pipeline run the gather stage.' }];
const applyImports = [{ group: ['**/apply/*'], message: 'Only the pipeline (src/pipeline) runs the apply stage.' }];
const pureImports = [
  { group: ['@actions/*', '@octokit/*', 'node:fs', 'node:fs/*', '**/github/client.js'], message: 'evaluate, plan and the rules are pure: no I/O.' },
];
const restricted = (...groups) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: groups.flat().map((p) => ({ ...p, allowTypeImports: true })) }],
});
// `client.rest…` / `client.graphql…` only where reads and writes are implemented.
const requests = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "MemberExpression[property.name=/^(rest|graphql)$/][object.type!='ThisExpression']",
      message: 'Requests to GitHub are made in src/gather, src/collectors and the read/write functions of src/apply, src/reporters, src/state and src/offboarding/remediation.ts.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', 'coverage/**', '*.config.js', 'src/**/*.generated.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  { files: ['src/**/*.ts'], rules: { ...restricted(readImports, writeImports, gatherImports, applyImports), ...requests } },
  { files: ['src/gather/**', 'src/collectors/**'], rules: restricted(writeImports, applyImports) },
  { files: ['src/apply/**'], rules: restricted(readImports, gatherImports) },
  { files: ['src/modes/**'], rules: restricted(readImports, writeImports, applyImports) },
  { files: ['src/pipeline/**'], rules: restricted(readImports, writeImports) },
  { files: ['src/evaluate/**', 'src/plan/**', 'src/rules/**'], rules: restricted(readImports, writeImports, gatherImports, applyImports, pureImports) },
  {
    files: [
      'src/gather/**',
      'src/collectors/**',
      'src/apply/**',
      'src/github/**',
      'src/state/**',
      'src/reporters/issue-sync.ts',
      'src/reporters/issue-lock.ts',
      'src/reporters/check-run.ts',
      'src/offboarding/remediation.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['__tests__/**', 'simulator/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
