// Regenerates src/inputs/manifest.generated.ts and README's inputs/outputs tables from action.yml.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseManifest, renderManifestModule, renderReadme } from './manifest-lib.mjs';

const root = new URL('..', import.meta.url);
const manifest = parseManifest(readFileSync(new URL('action.yml', root), 'utf8'));
const target = new URL('src/inputs/manifest.generated.ts', root);
const writeIfChanged = (url, text) => {
  let current = '';
  try {
    current = readFileSync(url, 'utf8');
  } catch {
    // first run: the file does not exist yet
  }
  if (current !== text) writeFileSync(url, text);
};
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
writeIfChanged(target, renderManifestModule(manifest, version));
const readmeUrl = new URL('README.md', root);
writeIfChanged(readmeUrl, renderReadme(readFileSync(readmeUrl, 'utf8'), manifest));
