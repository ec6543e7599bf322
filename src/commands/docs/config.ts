import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { DardocsError } from '../../errors.js';

/** `.dardocs.yml`: which code maps to which documentation section, and which files are documentation. */
const mapping = z
  .object({
    code: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    doc: z.string().min(1),
    section: z.string().min(1),
  })
  .strict();

const schema = z
  .object({
    'doc-files': z.array(z.string().min(1)).nullish(),
    mappings: z.array(mapping).nullish(),
    infer: z.boolean().nullish(),
    /** Code paths that never trigger a rewrite (generated code, lock files). */
    ignore: z.array(z.string().min(1)).nullish(),
  })
  .strict();

export interface DocsMapping {
  code: string[];
  doc: string;
  section: string;
  /** 1-based line of the mapping in the config file, for warnings. */
  line: number;
}

export interface DocsConfig {
  docFiles: string[] | undefined;
  mappings: DocsMapping[];
  infer: boolean | undefined;
  ignore: string[];
}

export const EMPTY_CONFIG: DocsConfig = { docFiles: undefined, mappings: [], infer: undefined, ignore: [] };

function configError(file: string, line: number | undefined, message: string): DardocsError {
  return new DardocsError('DOCS_CONFIG_INVALID', `${file}${line ? `:${line}` : ''}: ${message}`, {
    details: { file, line },
  });
}

/** The YAML node at a zod issue path, to name its line. */
function nodeAt(root: unknown, path: readonly PropertyKey[]): YamlNode | undefined {
  let node = root as YamlNode | undefined;
  let found = node;
  for (const key of path) {
    if (isMap(node)) node = node.get(key as string, true) as YamlNode | undefined;
    else if (isSeq(node)) node = node.get(key as number, true) as YamlNode | undefined;
    else break;
    if (node) found = node;
  }
  return found;
}

/** Parses and validates the config; every error names the file and line and says what is expected there. */
export function parseDocsConfig(source: string, file: string): DocsConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line;
    throw configError(file, line, `not valid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    // An unknown key usually explains a missing one (a typo), so it is reported first.
    const issues = parsed.error.issues;
    const issue = (issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]) as z.core.$ZodIssue;
    const node = nodeAt(document.contents, issue.path);
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
    const message = missing ? 'is required' : issue.message;
    const hint =
      issue.code === 'unrecognized_keys'
        ? ` (known keys: ${issue.path.length === 0 ? 'doc-files, mappings, infer, ignore' : 'code, doc, section'})`
        : '';
    throw configError(file, line, `${where}${message}${hint}`);
  }
  const mappingsNode = isMap(document.contents) ? document.contents.get('mappings', true) : undefined;
  return {
    docFiles: parsed.data['doc-files'] ?? undefined,
    infer: parsed.data.infer ?? undefined,
    ignore: parsed.data.ignore ?? [],
    mappings: (parsed.data.mappings ?? []).map((m, index) => {
      const node = isSeq(mappingsNode) ? (mappingsNode.get(index, true) as YamlNode | undefined) : undefined;
      return {
        code: Array.isArray(m.code) ? m.code : [m.code],
        doc: m.doc,
        section: m.section,
        line: node?.range ? lineCounter.linePos(node.range[0]).line : 0,
      };
    }),
  };
}

/** The commented starting config `dardocs docs init` writes, listing the documentation it found. */
export function renderInitialConfig(docFiles: string[], headings: Array<{ doc: string; section: string }>): string {
  const lines = [
    '# dardocs docs: which code changes rewrite which documentation sections.',
    '# A push that changes files matching `code` asks the LLM to update `section` of `doc`.',
    '# Sections can also be bound in the Markdown itself:',
    '#   <!-- dardocs:section id=api paths="src/api/**" --> ... <!-- dardocs:end -->',
    '',
    '# Documentation files (globs). Commits that touch only these are never rewritten from.',
    'doc-files:',
    ...(docFiles.length > 0 ? docFiles : ['README.md', 'docs/**/*.md']).map((f) => `  - ${JSON.stringify(f)}`),
    '',
    '# Code paths that never trigger a rewrite.',
    'ignore:',
    '  - "**/*.lock"',
    '  - "package-lock.json"',
    '',
    '# Let the LLM pick a section when no mapping or marker covers a changed file (one extra call per push).',
    'infer: false',
    '',
    'mappings:',
  ];
  if (headings.length === 0) lines.push('  []');
  for (const { doc, section } of headings) {
    lines.push(
      `  # - code: "src/**"`,
      `  #   doc: ${JSON.stringify(doc)}`,
      `  #   section: ${JSON.stringify(section)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
