// Bundles the action into dist/index.js and the command line into dist/cli.js (the package's
// `bin`), each self-contained so that neither needs node_modules at run time. Deterministic:
// CI rebuilds and diffs dist/.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
  typescript({ tsconfig: 'tsconfig.build.json', noEmitOnError: true, outDir: 'dist' }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json(),
];

function onwarn(warning, warn) {
  // @actions/* and octokit use `this` at module top level in their CJS shims; harmless.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
}

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', sourcemap: false, inlineDynamicImports: true },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'src/cli/index.ts',
    // Split at the dynamic import in src/cli/main.ts: `validate` loads only the policy code.
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: false,
      entryFileNames: 'cli.js',
      chunkFileNames: 'cli-[name].js',
      banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
    },
    plugins: plugins(),
    onwarn,
  },
];
