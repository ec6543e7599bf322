import { opendirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IgnoreRules, DARDOCS_IGNORE_FILES } from './ignore-rules.js';
import { byPath, type Candidate, type FileSet } from './types.js';

/**
 * The file set of a directory that is not in a git repository: a walk that applies .gitignore
 * files with gitignore semantics (through `ignore`) plus .dardocsignore/.docoraignore, pruning an
 * ignored directory instead of walking into it. Links are listed, never followed, so a link loop
 * cannot trap the walk.
 */
export function walkFileSet(root: string, exclude: IgnoreRules): FileSet {
  const gitignore = new IgnoreRules();
  const dardocs = new IgnoreRules();
  const ignoreFiles: string[] = [];
  const candidates: Candidate[] = [];
  let excludedCount = 0;
  const excluded = (path: string) => gitignore.ignores(path) || dardocs.ignores(path) || exclude.ignores(path);

  const visit = (dirPath: string, rel: string) => {
    const readRules = (name: string, rules: IgnoreRules) => {
      try {
        rules.add(rel, readFileSync(join(dirPath, name), 'utf8'));
        return true;
      } catch {
        return false;
      }
    };
    readRules('.gitignore', gitignore);
    for (const name of DARDOCS_IGNORE_FILES)
      if (readRules(name, dardocs)) ignoreFiles.push(rel ? `${rel}/${name}` : name);

    let dir;
    try {
      dir = opendirSync(dirPath);
    } catch {
      if (rel !== '') candidates.push({ path: rel, kind: 'unknown' });
      return;
    }
    const children: Array<{ name: string; isDir: boolean; isLink: boolean }> = [];
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
      children.push({ name: entry.name, isDir: entry.isDirectory(), isLink: entry.isSymbolicLink() });
    }
    dir.closeSync();
    for (const child of children) {
      if (child.name === '.git') continue;
      const path = rel === '' ? child.name : `${rel}/${child.name}`;
      if (child.isDir) {
        if (excluded(`${path}/`)) {
          excludedCount++;
          continue;
        }
        visit(join(dirPath, child.name), path);
      } else if (excluded(path)) {
        excludedCount++;
      } else {
        candidates.push({ path, kind: child.isLink ? 'symlink' : 'unknown' });
      }
    }
  };
  visit(root, '');
  candidates.sort(byPath);
  const excludes = (path: string) => dardocs.ignores(path) || exclude.ignores(path);
  return { source: 'walk', candidates, objectFormat: 'sha1', excludedCount, excludes, ignoreFiles };
}
