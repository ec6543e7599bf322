import picomatch from 'picomatch';
import type { ChangedFile, CommitInfo } from '../../git/history.js';
import { hasTrailer } from '../../git/history.js';
import { findSection, type Section } from '../../markdown/sections.js';
import type { DocsConfig } from './config.js';

/**
 * The plan phase (seed 004 §11.1): which commits to process and which documentation sections
 * each one makes stale, with the reason each was chosen. Pure and deterministic: commits, changed
 * files, the docs' sections and the config in; the plan out.
 */

export const UPDATE_TRAILER = 'Dardocs-Update';

export interface DocIndex {
  file: string;
  text: string;
  sections: Section[];
}

export interface PlanTarget {
  docFile: string;
  sectionId: string;
  title: string;
  line: number;
  strategy: 'mapping' | 'marker' | 'inferred';
  /** Why: which changed files matched which rule. */
  reason: string;
  /** Changed code files that led here. */
  files: string[];
}

export interface PlannedCommit {
  commit: CommitInfo;
  files: ChangedFile[];
  /** Why the commit is skipped, or null. */
  skip: string | null;
  targets: PlanTarget[];
  /** Changed code files that no mapping or marker covers (candidates for inference). */
  unmapped: string[];
}

export interface Plan {
  commits: PlannedCommit[];
  warnings: string[];
}

const DOC_EXTENSIONS = /\.(md|mdx|markdown|rst|adoc|txt)$/i;

export function matcher(globs: string[]): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  return picomatch(globs, { dot: true });
}

export interface PlanInput {
  commits: Array<{ commit: CommitInfo; files: ChangedFile[] }>;
  /** Documentation files by path; null for a file a mapping names that does not exist. */
  docs: Map<string, DocIndex | null>;
  config: DocsConfig;
  docGlobs: string[];
  configFile: string;
}

export function buildPlan(input: PlanInput): Plan {
  const warnings = new Set<string>();
  const isDoc = matcher(input.docGlobs);
  const isIgnored = matcher(input.config.ignore);
  const mappingRules = input.config.mappings.map((m) => ({ mapping: m, matches: matcher(m.code) }));
  const markerRules = [...input.docs.values()].flatMap((doc) =>
    doc
      ? doc.sections.filter((s) => s.paths.length > 0).map((s) => ({ doc, section: s, matches: matcher(s.paths) }))
      : [],
  );

  // Resolve each mapping's section once; a missing doc or a renamed heading is a warning naming the mapping.
  const resolved = mappingRules.map(({ mapping, matches }) => {
    const where = `mapping at ${input.configFile}:${mapping.line}`;
    const doc = input.docs.get(mapping.doc);
    if (!doc) {
      return {
        mapping,
        matches,
        section: undefined,
        problem: `${where}: ${mapping.doc} does not exist; the mapping is skipped`,
      };
    }
    const section = findSection(doc.sections, mapping.section);
    if (!section) {
      const known = doc.sections
        .filter((s) => s.kind === 'heading')
        .map((s) => `"${s.title}"`)
        .slice(0, 12)
        .join(', ');
      return {
        mapping,
        matches,
        doc,
        section: undefined,
        problem: `${where}: ${mapping.doc} has no section "${mapping.section}" (was the heading renamed? headings there: ${known || 'none'}); the mapping is skipped`,
      };
    }
    return { mapping, matches, doc, section, problem: undefined };
  });

  const commits = input.commits.map(({ commit, files }): PlannedCommit => {
    const planned = (skip: string | null, targets: PlanTarget[] = [], unmapped: string[] = []) => ({
      commit,
      files,
      skip,
      targets,
      unmapped,
    });
    if (hasTrailer(commit.message, UPDATE_TRAILER, 'true')) return planned("dardocs' own documentation commit");
    if (files.length === 0) return planned('changes no files');
    const paths = files.map((f) => f.path);
    const code = paths.filter((p) => !isDoc(p) && !DOC_EXTENSIONS.test(p));
    if (code.length === 0) return planned('touches only documentation');
    const relevant = code.filter((p) => !isIgnored(p));
    if (relevant.length === 0) return planned('changes only ignored paths');

    const targets = new Map<string, PlanTarget>();
    const add = (doc: DocIndex, section: Section, strategy: PlanTarget['strategy'], file: string, rule: string) => {
      const key = `${doc.file}#${section.id}`;
      const target = targets.get(key) ?? {
        docFile: doc.file,
        sectionId: section.id,
        title: section.title,
        line: section.line,
        strategy,
        reason: '',
        files: [],
      };
      if (!target.files.includes(file)) target.files.push(file);
      const reasons = new Set(target.reason ? target.reason.split('; ') : []);
      reasons.add(rule);
      target.reason = [...reasons].join('; ');
      targets.set(key, target);
    };
    const covered = new Set<string>();
    for (const file of relevant) {
      for (const rule of resolved) {
        if (!rule.matches(file)) continue;
        if (rule.problem) {
          warnings.add(rule.problem);
          continue;
        }
        covered.add(file);
        add(
          rule.doc as DocIndex,
          rule.section as Section,
          'mapping',
          file,
          `${rule.mapping.code.join(', ')} (${input.configFile}:${rule.mapping.line})`,
        );
      }
      for (const rule of markerRules) {
        if (!rule.matches(file)) continue;
        covered.add(file);
        add(
          rule.doc,
          rule.section,
          'marker',
          file,
          `marker paths="${rule.section.paths.join(', ')}" (${rule.doc.file}:${rule.section.line})`,
        );
      }
    }
    return planned(
      null,
      [...targets.values()].sort((a, b) => a.docFile.localeCompare(b.docFile) || a.line - b.line),
      relevant.filter((f) => !covered.has(f)),
    );
  });
  return { commits, warnings: [...warnings] };
}

/** The plan as text lines: commit, then each target with its reason. */
export function renderPlan(plan: Plan): string[] {
  const lines: string[] = [];
  for (const c of plan.commits) {
    const head = `${c.commit.sha.slice(0, 12)} ${c.commit.subject}`;
    if (c.skip) {
      lines.push(`${head}: skipped (${c.skip})`);
      continue;
    }
    if (c.targets.length === 0) {
      lines.push(
        `${head}: no section maps its changes (${c.unmapped.slice(0, 5).join(', ')}${c.unmapped.length > 5 ? ', ...' : ''})`,
      );
      continue;
    }
    lines.push(`${head}:`);
    for (const t of c.targets) {
      lines.push(`  -> ${t.docFile} § ${t.title} [${t.strategy}] because ${t.files.join(', ')} match ${t.reason}`);
    }
  }
  return lines;
}
