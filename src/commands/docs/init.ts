import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { listIndex } from '../../git/repository.js';
import { documentSections } from '../../markdown/sections.js';
import { AtomicFile } from '../../output/atomic-file.js';
import type { CommandResult } from '../../runtime/summary.js';
import { renderInitialConfig } from './config.js';
import { DEFAULT_DOC_FILES, type DocsContext } from './index.js';
import { matcher } from './plan.js';

/** `dardocs docs init`: a commented .dardocs.yml listing the documentation found, never over an existing one. */
export async function initConfig(ctx: DocsContext): Promise<CommandResult> {
  const path = resolve(ctx.deps.workdir, ctx.settings.cwd, ctx.settings.configPath);
  if (existsSync(path)) {
    throw new InputError('config', `${path} already exists; edit it, or remove it to start again`);
  }
  const isDoc = matcher(DEFAULT_DOC_FILES);
  const docs = (await listIndex(ctx.root)).map((e) => e.path).filter((p) => isDoc(p));
  const headings: Array<{ doc: string; section: string }> = [];
  for (const doc of docs.slice(0, 10)) {
    const text = readFileSync(join(ctx.root, doc), 'utf8');
    try {
      for (const s of documentSections(text, doc).sections) {
        if (s.kind === 'heading' && s.depth === 2) headings.push({ doc, section: s.title });
      }
    } catch (error) {
      ctx.deps.log.warning(String((error as Error).message));
    }
  }
  const file = new AtomicFile(path);
  file.write(renderInitialConfig(docs.length > 0 ? docs : DEFAULT_DOC_FILES, headings.slice(0, 20)));
  file.commit();
  ctx.deps.log.info(
    `wrote ${path}: ${docs.length} documentation files, ${headings.length} sections listed as examples`,
  );
  return {
    outputs: {},
    summary: {
      title: 'dardocs docs init',
      facts: [
        ['Config', path],
        ['Documentation files', docs.join(', ') || 'none found (README.md and docs/**/*.md are the defaults)'],
      ],
    },
  };
}
