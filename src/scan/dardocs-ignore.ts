import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IgnoreRules, isIgnoreFileName, DARDOCS_IGNORE_FILES } from './ignore-rules.js';

/**
 * Builds the .dardocsignore/.docoraignore rules for a scan: the files found in the file set (each
 * scoped to its directory, skipped when an outer rule already excludes it, as git does), plus those
 * in directories between the repository's top level and the scan root.
 */
export function loadDardocsIgnore(
  root: string,
  paths: readonly string[],
  above: { topLevel: string } | undefined,
  readText: (file: string) => string = (file) => readFileSync(file, 'utf8'),
): { rules: IgnoreRules; files: string[] } {
  const rules = new IgnoreRules();
  const files: string[] = [];
  if (above) {
    const rootFromTop = relative(above.topLevel, root).split('\\').join('/');
    const segments = rootFromTop === '' ? [] : rootFromTop.split('/');
    for (let i = 0; i < segments.length; i++) {
      const dir = join(above.topLevel, ...segments.slice(0, i));
      const outerPrefix = `${segments.slice(i).join('/')}/`;
      for (const name of DARDOCS_IGNORE_FILES) {
        const text = tryRead(join(dir, name), readText);
        if (text !== undefined) rules.add('', text, outerPrefix);
      }
    }
  }
  const ruleFiles = paths
    .filter((p) => isIgnoreFileName(p.slice(p.lastIndexOf('/') + 1)))
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : 1));
  for (const file of ruleFiles) {
    if (rules.ignores(file)) continue;
    const text = tryRead(join(root, file), readText);
    if (text === undefined) continue;
    const slash = file.lastIndexOf('/');
    rules.add(slash < 0 ? '' : file.slice(0, slash), text);
    files.push(file);
  }
  return { rules, files };
}

function tryRead(file: string, readText: (file: string) => string): string | undefined {
  try {
    return readText(file);
  } catch {
    return undefined;
  }
}
