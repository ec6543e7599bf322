import { basename, relative, resolve } from 'node:path';
import { analyzeContributors } from '../../analysis/contributors.js';
import { deriveGraph } from '../../analysis/graph.js';
import { languageShares, type AnalysisFile } from '../../analysis/languages.js';
import { findRoutes } from '../../analysis/routes.js';
import { analyzeStructure } from '../../analysis/structure.js';
import { detectStack, isManifest } from '../../analysis/tech-stack.js';
import { InputError } from '../../errors.js';
import { headCommit, originUrl } from '../../git/repository.js';
import { AtomicFile } from '../../output/atomic-file.js';
import { SocClient } from '../../receiver-client/socs.js';
import { resolveRepository } from '../../runtime/repository-identity.js';
import type { CommandResult } from '../../runtime/summary.js';
import { listFileSet } from '../../scan/file-set.js';
import { IgnoreRules } from '../../scan/ignore-rules.js';
import { readEntry } from '../../scan/read-entry.js';
import type { CommandDeps } from '../registry.js';
import { readDispatchRequest } from './dispatch-event.js';
import { renderPartMarkdown, type SocAnalysis } from './part.js';
import type { SocSettings } from './settings.js';

export { parseSocSettings as parseSettings } from './settings.js';

export interface SocDeps extends CommandDeps {
  fetch?: typeof fetch;
}

/** Files whose text the analysers read; for the rest, their size is enough (and the first line, for a shebang). */
const NEEDS_TEXT = /\.(m?[jt]sx?|cjs|py|go)$/;

/**
 * Analyses this repository into its part of a System Overview Chart and delivers it: to the
 * receiver (carrying the regeneration it answers), to a file, and to the job summary.
 */
export async function run(settings: SocSettings, deps: SocDeps): Promise<CommandResult> {
  const { log, env } = deps;
  const root = resolve(deps.workdir, settings.cwd);
  const dispatch = readDispatchRequest(env);
  const socId = settings.socId ?? dispatch.socId;
  const regenerationId = settings.regenerationId ?? dispatch.regenerationId;
  if (!settings.output && !settings.receiverUrl) {
    throw new InputError(
      'output',
      "Nowhere to send the part: set 'receiver-url' (with 'soc-id') or 'output' (a file).",
    );
  }
  if (settings.receiverUrl && !socId) {
    throw new InputError(
      'soc-id',
      "Input 'soc-id' is required with receiver-url (or run from the receiver's repository_dispatch, which carries it).",
    );
  }
  const outputPath = settings.output ? resolve(deps.workdir, settings.output) : undefined;
  const exclude = new IgnoreRules();
  exclude.add('', settings.exclude.join('\n'));
  if (outputPath) {
    const inside = relative(root, outputPath).split('\\').join('/');
    if (!inside.startsWith('..')) exclude.add('', `/${inside}`);
  }
  const { location, fileSet } = await listFileSet(root, exclude, log);
  const identity = resolveRepository({
    input: settings.repository,
    env,
    originUrl: location ? await originUrl(root) : undefined,
    dirName: basename(location?.topLevel ?? root),
  });
  const repository = `${identity.owner}/${identity.name}`;

  const analysis = await log.group('Analyse', async () => {
    const files: AnalysisFile[] = [];
    for (const candidate of fileSet.candidates) {
      const entry = readEntry(candidate, {
        root,
        maxFileSize: settings.maxFileSize,
        objectFormat: fileSet.objectFormat,
      });
      if (entry.type !== 'file') continue;
      const keep =
        entry.content !== null &&
        (isManifest(entry.path) || NEEDS_TEXT.test(entry.path) || entry.path.endsWith('package.json'));
      const content = keep
        ? entry.content
        : entry.content?.startsWith('#!')
          ? entry.content.slice(0, entry.content.indexOf('\n') + 1 || 200)
          : null;
      files.push({ path: entry.path, size: entry.size, content });
    }
    const stack = detectStack(files);
    const routes = findRoutes(files);
    const result: SocAnalysis = {
      repository,
      commitSha: location ? ((await headCommit(root)) ?? null) : null,
      files: files.length,
      languages: languageShares(files),
      stack,
      routes,
      contributors: location
        ? await analyzeContributors(root, settings.windowDays)
        : { windowDays: settings.windowDays, windowEnd: null, contributors: [], shallow: false },
      structure: analyzeStructure(files),
      graph: deriveGraph(identity.name, stack.technologies),
    };
    log.info(
      `${result.files} files: ${result.languages.length} languages, ${stack.technologies.length} technologies, ${routes.routes.length} routes, ${result.contributors.contributors.length} contributors`,
    );
    if (result.contributors.shallow)
      log.warning('this is a shallow clone, so contributors cover only part of the history; use fetch-depth: 0');
    return result;
  });
  const markdown = renderPartMarkdown(analysis);
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : null;

  if (outputPath) {
    const file = new AtomicFile(outputPath);
    file.write(outputPath.endsWith('.md') ? markdown : `${JSON.stringify({ ...analysis, markdown }, null, 2)}\n`);
    file.commit();
    log.info(`wrote ${outputPath}`);
  }
  let delivered: { version: number | null; changed: boolean } | undefined;
  if (settings.receiverUrl && settings.receiverApiKey && socId) {
    delivered = await log.group(`Send the part to SOC ${socId}`, async () => {
      const client = new SocClient(settings.receiverUrl as string, settings.receiverApiKey as string, deps.fetch);
      const { graph, ...rest } = analysis;
      const answer = await client.putPart(socId, repository, {
        analysis: { ...rest, graph },
        markdown,
        commitSha: analysis.commitSha,
        regenerationId: regenerationId ?? null,
        runUrl,
      });
      log.info(
        `the receiver ${answer.changed ? `stored version ${answer.version}` : `kept version ${answer.version} (nothing changed)`}${regenerationId ? `; answered regeneration ${regenerationId}` : ''}`,
      );
      return answer;
    });
  }
  return {
    outputs: {
      delivered: String(delivered !== undefined),
      version: delivered?.version === null || delivered === undefined ? '' : String(delivered.version),
      'regeneration-id': regenerationId ?? '',
      'part-path': outputPath ?? '',
      'route-count': String(analysis.routes.routes.length),
      'technology-count': String(analysis.stack.technologies.length),
    },
    summary: {
      title: `dardocs soc: ${repository}`,
      facts: [
        ['Repository', repository],
        ['Commit', analysis.commitSha ?? '(none)'],
        ['Files', String(analysis.files)],
        ['Languages', analysis.languages.map((l) => `${l.language} ${l.percent}%`).join(', ') || 'none'],
        ['Technologies', String(analysis.stack.technologies.length)],
        [
          'HTTP routes',
          `${analysis.routes.routes.length} (${analysis.routes.frameworks.join(', ') || 'no framework recognised'})`,
        ],
        [
          'Contributors',
          `${analysis.contributors.contributors.length} in ${analysis.contributors.windowDays} days${analysis.contributors.shallow ? ' (shallow clone: partial)' : ''}`,
        ],
        [
          'Sent to',
          delivered
            ? `SOC ${socId}: version ${delivered.version}${delivered.changed ? '' : ' (unchanged)'}`
            : 'no receiver',
        ],
        ...(regenerationId ? ([['Regeneration', regenerationId]] as Array<[string, string]>) : []),
        ...(outputPath ? ([['Written to', outputPath]] as Array<[string, string]>) : []),
      ],
      notes: [markdown],
    },
  };
}
