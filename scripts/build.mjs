// Builds dist/ with @vercel/ncc from the options in ncc.config.js: regenerates the manifest, then
// bundles each entry into a clean directory (stale chunks from an earlier build are removed).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import config from '../ncc.config.js';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const root = new URL('..', import.meta.url).pathname;

execFileSync(process.execPath, [join(root, 'scripts/generate.mjs')], { stdio: 'inherit' });
for (const entry of config.entries) {
  const out = join(root, entry.output);
  let built;
  try {
    built = await ncc(join(root, entry.input), { ...config.options, license: entry.license, cache: false });
  } catch (error) {
    // ncc's own errors carry its whole bundled source; the first lines say what failed.
    console.error(
      `ncc could not build ${entry.input}:\n${String(error?.message ?? error)
        .split('\n')
        .slice(0, 20)
        .join('\n')}`,
    );
    process.exit(1);
  }
  const { code, assets } = built;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), asset.source, { mode: asset.permissions });
  }
  console.log(`built ${entry.output}: index.js + ${Object.keys(assets).length} asset(s)`);
}
// The receiver is compiled, not bundled: it runs with its dependencies installed (PGlite ships
// WebAssembly it loads from its own package), and the action bundle never carries it.
rmSync(join(root, 'dist/receiver'), { recursive: true, force: true });
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', join(root, 'receiver/tsconfig.build.json')],
  {
    stdio: 'inherit',
  },
);
console.log('built dist/receiver (tsc)');
