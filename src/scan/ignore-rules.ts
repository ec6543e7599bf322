import ignore, { type Ignore } from 'ignore';

/**
 * Layered gitignore-syntax rules, each file scoped to its own directory: a rule file in `a/b/`
 * sees `c.txt` for the path `a/b/c.txt`. Deeper files are consulted later and win, so a nested
 * `!keep.txt` re-includes what an outer file excluded, as in git. Directory-only rules (`build/`)
 * and parent exclusion come from the `ignore` package, which is given every directory with a
 * trailing slash.
 */
interface Layer {
  /** Directory of the rule file relative to the scan root ('' for the root or above it). */
  dir: string;
  /** For rule files above the scan root: the scan root's path relative to the rule file's directory. */
  outerPrefix: string;
  matcher: Ignore;
}

export class IgnoreRules {
  private readonly layers: Layer[] = [];

  get size(): number {
    return this.layers.length;
  }

  /** Adds a rule file's text. `dir` is relative to the scan root; '' with `outerPrefix` for files above it. */
  add(dir: string, text: string, outerPrefix = ''): void {
    this.layers.push({ dir, outerPrefix, matcher: ignore({ allowRelativePaths: true }).add(text) });
    // Outer and shallower first, so the deepest decision is the last one taken.
    this.layers.sort((a, b) => depth(a) - depth(b));
  }

  /** Whether `path` (relative to the scan root; directories end with '/') is excluded. */
  ignores(path: string): boolean {
    let ignored = false;
    for (const layer of this.layers) {
      if (layer.dir !== '' && !path.startsWith(`${layer.dir}/`)) continue;
      const relative = layer.outerPrefix + (layer.dir === '' ? path : path.slice(layer.dir.length + 1));
      if (relative === '' || relative === '/') continue;
      const verdict = layer.matcher.test(relative);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }
}

function depth(layer: Layer): number {
  if (layer.dir === '') return -layer.outerPrefix.split('/').length;
  return layer.dir.split('/').length;
}

export const DARDOCS_IGNORE_FILES = ['.dardocsignore', '.docoraignore'] as const;

export function isIgnoreFileName(name: string): boolean {
  return (DARDOCS_IGNORE_FILES as readonly string[]).includes(name);
}
