import { locateRepository, type RepoLocation } from '../git/repository.js';
import type { Log } from '../runtime/log.js';
import { gitFileSet } from './git-file-set.js';
import type { IgnoreRules } from './ignore-rules.js';
import type { FileSet } from './types.js';
import { walkFileSet } from './walk-file-set.js';

/** The file set of a root, from git when it is in a repository, else from a .gitignore-aware walk; logged in a group. */
export async function listFileSet(
  root: string,
  exclude: IgnoreRules,
  log: Log,
): Promise<{ location: RepoLocation | undefined; fileSet: FileSet }> {
  const location = await locateRepository(root);
  const fileSet = await log.group('List files', async () => {
    const set = location ? await gitFileSet(root, location, exclude) : walkFileSet(root, exclude);
    log.info(
      location
        ? `git lists ${set.candidates.length} entries under ${root} (${set.excludedCount} left out by .dardocsignore/exclude)`
        : `${root} is not in a git repository: walked it applying .gitignore files; ${set.candidates.length} entries`,
    );
    if (set.ignoreFiles.length > 0) log.info(`ignore files applied: ${set.ignoreFiles.join(', ')}`);
    return set;
  });
  return { location, fileSet };
}
