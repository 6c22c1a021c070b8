// Bundles the action into dist/index.js. Deterministic: CI rebuilds and diffs dist/.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

export default {
  input: 'src/index.ts',
  output: { file: 'dist/index.js', format: 'es', sourcemap: false, inlineDynamicImports: true },
  plugins: [
    typescript({ tsconfig: 'tsconfig.build.json', noEmitOnError: true, outDir: 'dist' }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs(),
    json(),
  ],
  onwarn(warning, warn) {
    // @actions/* and octokit use `this` at module top level in their CJS shims; harmless.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};
