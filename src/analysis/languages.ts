import { EXCLUDED_PATHS, LANGUAGES, type LanguageRule } from './language-rules.js';

/** One file as the analysis sees it: path, size and (for text) content. */
export interface AnalysisFile {
  path: string;
  size: number;
  content: string | null;
}

export interface LanguageShare {
  language: string;
  bytes: number;
  files: number;
  /** Share of the counted bytes, rounded to 0.1%. */
  percent: number;
}

const byExtension = new Map<string, LanguageRule>();
const byFilename = new Map<string, LanguageRule>();
const byInterpreter = new Map<string, LanguageRule>();
for (const rule of LANGUAGES) {
  for (const ext of rule.extensions ?? []) byExtension.set(ext, rule);
  for (const name of rule.filenames ?? []) byFilename.set(name, rule);
  for (const interpreter of rule.interpreters ?? []) byInterpreter.set(interpreter, rule);
}

/** Why a path is left out of language statistics, or undefined when it counts. */
export function excludedBecause(path: string): 'vendored' | 'generated' | 'documentation' | undefined {
  return EXCLUDED_PATHS.find((rule) => rule.pattern.test(path))?.reason;
}

/** The language of a file: its name, then its extension, then a `#!` line. Pure. */
export function detectLanguage(path: string, content: string | null): LanguageRule | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const known = byFilename.get(name);
  if (known) return known;
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    const rule = byExtension.get(name.slice(dot)) ?? byExtension.get(name.slice(dot).toLowerCase());
    if (rule) return rule;
  }
  const shebang = content?.startsWith('#!')
    ? /^#!\s*(?:\/usr\/bin\/env\s+(?:-S\s+)?)?(?:\S*\/)?([\w.+-]+)/.exec(content)
    : null;
  if (shebang?.[1]) return byInterpreter.get(shebang[1].replace(/[\d.]+$/, '')) ?? byInterpreter.get(shebang[1]);
  return undefined;
}

/**
 * Languages by bytes, as linguist counts them: programming and markup languages only, with
 * vendored, generated and documentation files left out. Sorted by bytes, then name. Pure.
 */
export function languageShares(files: readonly AnalysisFile[]): LanguageShare[] {
  const totals = new Map<string, { bytes: number; files: number }>();
  for (const file of files) {
    if (excludedBecause(file.path)) continue;
    const rule = detectLanguage(file.path, file.content);
    if (!rule || (rule.kind !== 'programming' && rule.kind !== 'markup')) continue;
    const entry = totals.get(rule.name) ?? { bytes: 0, files: 0 };
    entry.bytes += file.size;
    entry.files += 1;
    totals.set(rule.name, entry);
  }
  const sum = [...totals.values()].reduce((a, b) => a + b.bytes, 0);
  return [...totals.entries()]
    .map(([language, t]) => ({
      language,
      bytes: t.bytes,
      files: t.files,
      percent: sum === 0 ? 0 : Math.round((t.bytes / sum) * 1000) / 10,
    }))
    .sort((a, b) => b.bytes - a.bytes || (a.language < b.language ? -1 : 1));
}
