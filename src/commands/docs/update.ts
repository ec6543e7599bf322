import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { DardocsError, InputError, getErrorMessage } from '../../errors.js';
import { ACTIONS_BOT, committerIdentity, type FileChange } from '../../git/commit-files.js';
import {
  changedFiles,
  diffBase,
  mergeBase as findMergeBase,
  readCommit,
  recentCommits,
  showFile,
  type ChangedFile,
  type CommitInfo,
} from '../../git/history.js';
import { hasRemote } from '../../git/remote.js';
import { listIndex, listUntracked } from '../../git/repository.js';
import { createGithubClient } from '../../github/client.js';
import { PullRequests } from '../../github/pull-requests.js';
import { openAiChat, type Provider } from '../../llm/chat-client.js';
import { ProviderPool } from '../../llm/provider-pool.js';
import { estimateCost, priceFor } from '../../llm/tokens.js';
import { documentSections } from '../../markdown/sections.js';
import { sectionBody } from '../../markdown/splice.js';
import { commitToBranch, dirtyPaths } from '../../publish/commit-to-branch.js';
import { proposeOnBranch, type ReadFile } from '../../publish/pull-request-branch.js';
import type { CommandResult } from '../../runtime/summary.js';
import type { DocsCommitState, DocsTarget } from '../../wire/docs.js';
import { estimateJobs, planJobs, runJobs, spliceByIds, type JobOutcome } from './apply.js';
import { fileCache } from './cache.js';
import { baseBranch, type DocsContext } from './index.js';
import { buildPlan, matcher, renderPlan, UPDATE_TRAILER, type DocIndex, type Plan } from './plan.js';
import { buildInferencePrompt, parseInferenceAnswer } from './prompt.js';
import { readPushEvent, resolveRange } from './range.js';

/** The LLM providers in order; the primary's key falls back to OPENAI_API_KEY. Every key is masked. */
export function providers(ctx: DocsContext): { list: Provider[]; missingKey: boolean } {
  const { settings, deps } = ctx;
  const envKey = deps.env.OPENAI_API_KEY?.trim() || undefined;
  const key = settings.primary.apiKey ?? envKey;
  if (key) deps.log.setSecret(key);
  for (const f of settings.fallback) if (f.apiKey !== 'none') deps.log.setSecret(f.apiKey);
  const openAi =
    /(^|\.)openai\.com$/.test(settings.primary.name) || /\.openai\.azure\.com$/.test(settings.primary.name);
  const primary: Provider = { ...settings.primary, apiKey: key ?? 'none' };
  return { list: [primary, ...settings.fallback], missingKey: !key && openAi };
}

/** Documentation files: tracked or untracked-but-not-ignored files matching doc-files, and every file a mapping names. */
async function loadDocs(ctx: DocsContext): Promise<Map<string, DocIndex | null>> {
  const isDoc = matcher(ctx.docGlobs);
  const paths = new Set<string>();
  for (const entry of await listIndex(ctx.root)) if (isDoc(entry.path)) paths.add(entry.path);
  for (const path of await listUntracked(ctx.root)) if (isDoc(path)) paths.add(path);
  for (const m of ctx.config.mappings) paths.add(m.doc);
  const docs = new Map<string, DocIndex | null>();
  for (const path of [...paths].sort()) {
    let text: string;
    try {
      text = readFileSync(join(ctx.root, path), 'utf8');
    } catch {
      docs.set(path, null);
      continue;
    }
    docs.set(path, { file: path, text, sections: documentSections(text, path).sections });
  }
  return docs;
}

async function withChangedFiles(root: string, commits: CommitInfo[]) {
  const out: Array<{ commit: CommitInfo; files: ChangedFile[] }> = [];
  for (const commit of commits)
    out.push({ commit, files: await changedFiles(root, await diffBase(root, commit), commit.sha) });
  return out;
}

function renderMessage(template: string, commits: CommitInfo[]): string {
  const newest = commits.at(-1)?.sha ?? '';
  const subject = template.replace(/\{short_sha\}/g, newest.slice(0, 7)).replace(/\{count\}/g, String(commits.length));
  const list = commits.map((c) => `- ${c.sha.slice(0, 12)} ${c.subject}`).join('\n');
  return `${subject}\n\nUpdates the documentation for:\n${list}\n\n${UPDATE_TRAILER}: true\n`;
}

/** The pull request body: each code commit and the sections it changed, with token counts. */
function renderPullRequestBody(plan: Plan, outcomes: JobOutcome[]): string {
  const lines = [
    'Documentation sections made stale by these commits, rewritten by dardocs. Review them like any other change.',
    '',
    '| Commit | Section | Result | Tokens |',
    '| --- | --- | --- | --- |',
  ];
  for (const planned of plan.commits) {
    if (planned.skip) continue;
    for (const outcome of outcomes.filter((o) => o.job.commits.includes(planned))) {
      lines.push(
        `| ${planned.commit.sha.slice(0, 12)} ${planned.commit.subject.replace(/\|/g, '\\|')} | ${outcome.job.docFile} § ${outcome.job.title} | ${outcome.status}${outcome.reason && outcome.status === 'failed' ? `: ${outcome.reason.replace(/\|/g, '\\|')}` : ''} | ${outcome.tokens} |`,
      );
    }
  }
  lines.push(
    '',
    `<sub>Commits carry the trailer \`${UPDATE_TRAILER}: true\`, so dardocs never rewrites from its own output.</sub>`,
  );
  return `${lines.join('\n')}\n`;
}

/** Per-commit state from the plan and the outcomes of its jobs. */
function commitStates(
  plan: Plan,
  outcomes: JobOutcome[],
  docCommitSha: string | null,
  filesChanged: string[],
): DocsCommitState[] {
  return plan.commits.map((planned): DocsCommitState => {
    const mine = outcomes.filter((o) => o.job.commits.includes(planned));
    const targets: DocsTarget[] = mine.map((o) => ({
      docFile: o.job.docFile,
      sectionId: o.job.sectionId,
      strategy: o.job.strategy,
      status: o.status,
      reason: o.reason,
      provider: o.provider,
      model: o.model,
      // A batch job's tokens count once, on its newest commit.
      tokens: o.job.commits.at(-1) === planned ? o.tokens : 0,
    }));
    const failed = mine.filter((o) => o.status === 'failed');
    const applied = mine.filter((o) => o.status === 'applied');
    const status: DocsCommitState['status'] = planned.skip
      ? 'skipped'
      : failed.length > 0
        ? 'failed'
        : applied.length > 0
          ? 'success'
          : 'skipped';
    return {
      commitSha: planned.commit.sha,
      status,
      targets,
      docCommitSha: applied.length > 0 ? docCommitSha : null,
      filesChanged:
        applied.length > 0
          ? [...new Set(applied.map((o) => o.job.docFile))].filter((f) => filesChanged.includes(f))
          : [],
      tokens: targets.reduce((sum, t) => sum + (t.tokens ?? 0), 0),
      provider: mine.find((o) => o.provider)?.provider ?? null,
      model: mine.find((o) => o.model)?.model ?? null,
      error: planned.skip
        ? null
        : failed.length > 0
          ? failed.map((o) => `${o.job.docFile} § ${o.job.title}: ${o.reason}`).join('; ')
          : null,
    };
  });
}

async function commitsToRetry(ctx: DocsContext, states: Map<string, DocsCommitState>): Promise<CommitInfo[]> {
  const wanted = [...states.values()].filter(
    (s) => s.status === 'failed' && (!ctx.settings.commit || s.commitSha.startsWith(ctx.settings.commit.toLowerCase())),
  );
  if (ctx.settings.commit && wanted.length === 0) {
    const known = [...states.values()].find((s) => s.commitSha.startsWith(ctx.settings.commit?.toLowerCase() ?? ''));
    throw new InputError(
      'commit',
      known
        ? `commit ${ctx.settings.commit} is ${known.status}, not failed; retry only reruns failed commits`
        : `commit ${ctx.settings.commit} has no docs state; run update for it (from/to) instead`,
    );
  }
  const order = new Map((await recentCommits(ctx.root, 'HEAD', 5000)).map((sha, i) => [sha, i]));
  const commits: CommitInfo[] = [];
  for (const state of wanted) {
    const commit = await readCommit(ctx.root, state.commitSha);
    if (commit) commits.push(commit);
    else
      ctx.deps.log.warning(`failed commit ${state.commitSha.slice(0, 12)} is not in this clone; fetch it to retry it`);
  }
  return commits.sort((a, b) => (order.get(b.sha) ?? 1e9) - (order.get(a.sha) ?? 1e9));
}

export async function runUpdate(ctx: DocsContext): Promise<CommandResult> {
  const { settings, deps, root } = ctx;
  const { log } = deps;
  const { list: providerList, missingKey } = providers(ctx);
  if (missingKey && settings.mode !== 'dry-run') {
    throw new InputError(
      'llm-api-key',
      `No LLM API key: set llm-api-key (for example \${{ secrets.OPENAI_API_KEY }}) or the OPENAI_API_KEY environment variable, or point llm-base-url at a server that needs none. Nothing was done.`,
    );
  }
  if (settings.mode === 'pr' && !settings.githubToken) {
    throw new InputError(
      'github-token',
      'mode pr needs github-token (or GITHUB_TOKEN) to open the pull request; locally, use --mode commit or --mode dry-run.',
    );
  }
  const states = await log.group(`Load state from ${ctx.store.where}`, () => ctx.store.load());
  const retry = settings.docsCommand === 'retry';
  const range = retry
    ? {
        commits: await commitsToRetry(ctx, states),
        description: 'failed commits (retry)',
        alreadyProcessed: [] as string[],
      }
    : await resolveRange({
        cwd: root,
        from: settings.from,
        to: settings.to,
        event: readPushEvent(deps.env),
        states,
        log,
      });
  log.info(
    `commits: ${range.description}: ${range.commits.length} to process${range.alreadyProcessed.length ? `, ${range.alreadyProcessed.length} already processed` : ''}`,
  );

  const docs = await loadDocs(ctx);
  const plan = buildPlan({
    commits: await withChangedFiles(root, range.commits),
    docs,
    config: ctx.config,
    docGlobs: ctx.docGlobs,
    configFile: ctx.configFile,
  });
  for (const warning of plan.warnings) log.warning(warning);

  const pool = new ProviderPool(
    providerList,
    openAiChat({ timeoutMs: settings.timeoutMs, maxRetries: settings.maxRetries, fetch: deps.fetch }),
  );
  const canCall = !missingKey;
  let inferenceTokens = 0;
  const infer = settings.infer ?? ctx.config.infer ?? false;
  const unmapped = plan.commits.filter((c) => !c.skip && c.unmapped.length > 0);
  if (infer && unmapped.length > 0 && canCall) {
    inferenceTokens = await inferTargets(ctx, plan, docs, pool);
  }
  await log.group('Plan', async () => {
    for (const line of renderPlan(plan)) log.info(line);
  });

  const jobs = planJobs(plan, settings.batch);
  const cache = fileCache(join(ctx.gitDir, 'dardocs', 'llm-cache'));
  const applyCtx = {
    cwd: root,
    docs,
    pool,
    cache,
    limits: { maxShrink: settings.maxShrink, maxChars: 60_000 },
    maxPromptTokens: settings.maxPromptTokens,
    log,
  };
  const planRows = plan.commits.flatMap((c) =>
    c.skip
      ? [[c.commit.sha.slice(0, 12), c.commit.subject, '-', 'skipped', c.skip]]
      : c.targets.length === 0
        ? [[c.commit.sha.slice(0, 12), c.commit.subject, '-', 'nothing maps', c.unmapped.slice(0, 3).join(', ')]]
        : c.targets.map((t) => [
            c.commit.sha.slice(0, 12),
            c.commit.subject,
            `${t.docFile} § ${t.title}`,
            t.strategy,
            `${t.files.join(', ')} match ${t.reason}`,
          ]),
  );
  const planTable = { caption: 'Plan', headers: ['Commit', 'Subject', 'Section', 'Why', 'Detail'], rows: planRows };
  const outputs = (o: Partial<Record<string, string>>) => ({
    changed: 'false',
    'pull-request-number': '',
    'pull-request-url': '',
    'sections-updated': '0',
    'tokens-used': String(inferenceTokens),
    ...o,
  });

  if (jobs.length === 0) {
    if (settings.mode !== 'dry-run') await ctx.store.save(commitStates(plan, [], null, []));
    const facts: Array<[string, string]> = [
      ['Commits', range.description],
      ['Result', 'no section to rewrite'],
    ];
    let open: { number: number; url: string } | null = null;
    if (settings.mode === 'pr' && settings.githubToken && range.commits.length > 0) {
      // Nothing new to propose, but the base may have caught up with the open pull request.
      const result = await proposeOnBranch(
        proposal(ctx, await baseBranch(ctx), (await readCommit(root, 'HEAD'))?.sha ?? '', async () => [], '', plan, []),
      );
      if (result.closed) facts.push(['Pull request', `#${result.closed} closed: the base holds all of it`]);
      open = result.pullRequest;
      if (open) facts.push(['Pull request', `#${open.number} ${open.url} (still open, unchanged)`]);
    }
    return {
      // An open pull request from earlier pushes is still named, so later steps can link it.
      outputs: outputs(open ? { 'pull-request-number': String(open.number), 'pull-request-url': open.url } : {}),
      summary: { title: `dardocs docs: ${ctx.repository}`, facts, tables: [planTable] },
    };
  }
  if (!canCall) {
    // dry-run without a key: the plan is the whole output.
    const how =
      'To rewrite these sections, set llm-api-key (or OPENAI_API_KEY), or llm-base-url for a local OpenAI-compatible server such as Ollama.';
    log.info(how);
    return {
      outputs: outputs({}),
      summary: {
        title: `dardocs docs (dry run): ${ctx.repository}`,
        facts: [
          ['Commits', range.description],
          ['Sections planned', String(jobs.length)],
          ['LLM', 'no API key: plan only'],
        ],
        tables: [planTable],
        notes: [how],
      },
    };
  }

  const estimate = await estimateJobs(applyCtx, jobs);
  const price = priceFor(settings.primary.model, settings.price);
  const cost = estimateCost(price, estimate.promptTokens, estimate.answerTokens);
  const total = estimate.promptTokens + estimate.answerTokens;
  log.info(
    `estimate: ${estimate.calls} LLM calls${estimate.cached ? ` (${estimate.cached} answered from the cache)` : ''}, about ${estimate.promptTokens} prompt + ${estimate.answerTokens} answer tokens${cost === undefined ? ' (price of ' + settings.primary.model + ' unknown; set llm-price)' : `, about $${cost.toFixed(4)}`}`,
  );
  if (total > settings.maxTokensPerRun) {
    throw new DardocsError(
      'LLM_BUDGET_EXCEEDED',
      `this run would use about ${total} tokens, over max-tokens-per-run ${settings.maxTokensPerRun}; raise it, lower max-prompt-tokens, or process fewer commits (from/to). No LLM call was made.`,
    );
  }
  const processed = plan.commits.filter((c) => !c.skip).map((c) => c.commit.sha);
  if (settings.mode !== 'dry-run') {
    await ctx.store.save(
      plan.commits
        .filter((c) => !c.skip)
        .map((c) => ({
          commitSha: c.commit.sha,
          status: 'in_progress' as const,
          targets: c.targets.map((t) => ({
            docFile: t.docFile,
            sectionId: t.sectionId,
            strategy: t.strategy,
            status: 'planned' as const,
            reason: t.reason,
          })),
          docCommitSha: null,
          filesChanged: [],
          tokens: 0,
          provider: null,
          model: null,
          error: null,
        })),
    );
  }

  const { outcomes, bodies } = await log.group('Rewrite', () => runJobs(applyCtx, jobs));
  for (const o of outcomes) {
    log.info(
      `${o.job.docFile} § ${o.job.title}: ${o.status}${o.reason && o.status === 'failed' ? ` (${o.reason})` : ''}${o.provider ? ` [${o.provider} ${o.model}${o.cached ? ', cached' : `, ${o.tokens} tokens`}]` : ''}`,
    );
  }
  const tokensUsed = inferenceTokens + outcomes.reduce((s, o) => s + o.tokens, 0);
  const newTexts = new Map<string, string>();
  for (const [file, sectionBodies] of bodies) {
    const doc = docs.get(file);
    if (!doc) continue;
    const next = spliceByIds(doc.text, file, sectionBodies);
    if (next !== doc.text) newTexts.set(file, next);
  }
  const changes = async (read: ReadFile): Promise<FileChange[]> => {
    const out: FileChange[] = [];
    for (const [file, sectionBodies] of bodies) {
      const doc = docs.get(file);
      const current = await read(file);
      if (!doc || current === undefined) continue;
      const next = current === doc.text ? (newTexts.get(file) ?? current) : spliceByIds(current, file, sectionBodies);
      if (next !== current) out.push({ path: file, content: next });
    }
    return out;
  };
  const applied = outcomes.filter((o) => o.status === 'applied').length;
  const resultTable = {
    caption: 'Sections',
    headers: ['Section', 'Commits', 'Result', 'Provider', 'Tokens'],
    rows: outcomes.map((o) => [
      `${o.job.docFile} § ${o.job.title}`,
      o.job.commits.map((c) => c.commit.sha.slice(0, 7)).join(' '),
      `${o.status}${o.reason && o.status === 'failed' ? `: ${o.reason}` : ''}`,
      o.provider ? `${o.provider} ${o.model}${o.cached ? ' (cached)' : ''}` : '-',
      String(o.tokens),
    ]),
  };
  const failedCount = outcomes.filter((o) => o.status === 'failed').length;
  const failure =
    failedCount > 0
      ? new DardocsError(
          'LLM_FAILED',
          `${failedCount} of ${outcomes.length} sections failed; the others were written. See the table; rerun with docs-command retry.`,
        )
      : undefined;
  const facts: Array<[string, string]> = [
    ['Commits', `${range.description} (${processed.length} processed)`],
    [
      'Sections',
      `${applied} rewritten, ${outcomes.filter((o) => o.status === 'unchanged').length} unchanged, ${failedCount} failed`,
    ],
    ['Tokens', String(tokensUsed)],
  ];

  if (settings.mode === 'dry-run') {
    const diff = [...newTexts]
      .map(([file, next]) => createTwoFilesPatch(`a/${file}`, `b/${file}`, docs.get(file)?.text ?? '', next))
      .join('\n');
    if (diff) log.info(diff);
    return {
      outputs: outputs({
        changed: String(newTexts.size > 0),
        'sections-updated': String(applied),
        'tokens-used': String(tokensUsed),
      }),
      summary: {
        title: `dardocs docs (dry run): ${ctx.repository}`,
        facts,
        tables: [planTable, resultTable],
        notes: diff ? [diff] : [],
      },
      failure,
    };
  }

  const message = renderMessage(
    settings.commitMessage,
    plan.commits.filter((c) => !c.skip).map((c) => c.commit),
  );
  const identity = await committerIdentity(root);
  // Doc commits build on the checked-out tip (the documents were read from it), never on an older
  // commit of the range: a retry of an old commit must not propose reverting what came after it.
  const head = (await readCommit(root, 'HEAD'))?.sha ?? '';
  let docCommit: string | null = null;
  let pullRequest: { number: number; url: string } | null = null;
  let mode = settings.mode;
  try {
    if (newTexts.size > 0 && mode === 'commit') {
      const branch = await baseBranch(ctx);
      const dirty = await dirtyPaths(root, [...newTexts.keys()]);
      if (dirty.length > 0) {
        throw new DardocsError(
          'PUSH_REJECTED',
          `${dirty.join(', ')} has uncommitted changes; commit or stash them, then run again`,
        );
      }
      const outcome = await commitToBranch({
        cwd: root,
        branch,
        head,
        changes,
        message,
        identity,
        push: ctx.inRunner && (await hasRemote(root)),
        auth: { token: settings.githubToken },
        log,
      });
      if (outcome.kind === 'committed') {
        docCommit = outcome.commit;
        log.info(`committed ${outcome.commit.slice(0, 12)} on ${branch}${outcome.pushed ? ' and pushed it' : ''}`);
      } else if (outcome.kind === 'protected') {
        log.warning(`${branch} is protected (${outcome.message.split('\n')[0]}); opening a pull request instead`);
        mode = 'pr';
      }
    }
    if (mode === 'pr' && settings.githubToken) {
      const result = await proposeOnBranch({
        ...proposal(ctx, await baseBranch(ctx), head, changes, message, plan, outcomes),
        identity,
      });
      docCommit = result.commit;
      pullRequest = result.pullRequest;
    } else if (mode === 'pr') {
      throw new InputError(
        'github-token',
        'the branch is protected and no github-token is set to open a pull request instead',
      );
    }
  } catch (error) {
    await ctx.store.save(
      commitStates(plan, outcomes, null, []).map((s) =>
        s.status === 'skipped' ? s : { ...s, status: 'failed', error: `publishing failed: ${getErrorMessage(error)}` },
      ),
    );
    throw error;
  }
  await ctx.store.save(commitStates(plan, outcomes, docCommit, [...newTexts.keys()]));
  facts.push([
    'Result',
    docCommit ? `${mode === 'pr' ? 'pull request' : 'commit'} ${docCommit.slice(0, 12)}` : 'no documentation change',
  ]);
  if (pullRequest) facts.push(['Pull request', `#${pullRequest.number} ${pullRequest.url}`]);
  return {
    outputs: outputs({
      changed: String(docCommit !== null),
      'pull-request-number': pullRequest ? String(pullRequest.number) : '',
      'pull-request-url': pullRequest?.url ?? '',
      'sections-updated': String(applied),
      'tokens-used': String(tokensUsed),
    }),
    summary: { title: `dardocs docs: ${ctx.repository}`, facts, tables: [planTable, resultTable] },
    failure,
  };
}

/** The docs pull request: branch dardocs/docs-<base>, built on the pushed commit. */
function proposal(
  ctx: DocsContext,
  base: string,
  head: string,
  changes: (read: ReadFile) => Promise<FileChange[]>,
  message: string,
  plan: Plan,
  outcomes: JobOutcome[],
) {
  const token = ctx.settings.githubToken ?? '';
  const octokit = createGithubClient({ token, apiUrl: ctx.deps.env.GITHUB_API_URL, log: ctx.deps.log });
  return {
    cwd: ctx.root,
    base,
    baseSha: head,
    branch: `dardocs/docs-${base}`,
    changes,
    message,
    title: `docs: update documentation made stale on ${base}`,
    body: renderPullRequestBody(plan, outcomes),
    identity: ACTIONS_BOT,
    auth: { token },
    pulls: new PullRequests(octokit, ctx.owner, ctx.repo),
    log: ctx.deps.log,
  };
}

/** One LLM call for the whole push: which headings do the unmapped files' changes affect? */
async function inferTargets(
  ctx: DocsContext,
  plan: Plan,
  docs: Map<string, DocIndex | null>,
  pool: ProviderPool,
): Promise<number> {
  const headings = [...docs.values()].flatMap((d) =>
    d
      ? d.sections
          .filter((s) => s.kind === 'heading')
          .map((s) => ({ docFile: d.file, title: s.title, section: s, doc: d }))
      : [],
  );
  if (headings.length === 0) return 0;
  const commits = plan.commits.filter((c) => !c.skip && c.unmapped.length > 0);
  const files = commits.flatMap((c) => c.files.filter((f) => c.unmapped.includes(f.path)));
  const messages = buildInferencePrompt(
    headings,
    files,
    commits.map((c) => ({ sha: c.commit.sha, message: c.commit.message })),
  );
  try {
    const answer = await pool.complete(messages);
    const picked = parseInferenceAnswer(answer.text, headings.length).map((i) => headings[i]);
    for (const commit of commits) {
      for (const h of picked) {
        if (!h || commit.targets.some((t) => t.docFile === h.docFile && t.sectionId === h.section.id)) continue;
        commit.targets.push({
          docFile: h.docFile,
          sectionId: h.section.id,
          title: h.title,
          line: h.section.line,
          strategy: 'inferred',
          reason: `picked by the LLM (${answer.provider} ${answer.model}) for files no mapping covers`,
          files: [...commit.unmapped],
        });
      }
    }
    ctx.deps.log.info(`inference picked ${picked.length} section(s) for ${files.length} unmapped file(s)`);
    return answer.promptTokens + answer.completionTokens;
  } catch (error) {
    ctx.deps.log.warning(`inference failed, unmapped files are left alone: ${getErrorMessage(error)}`);
    return 0;
  }
}

/** Reads a pull_request event's base and head. */
function readPullRequestEvent(env: Record<string, string | undefined>): { base: string; head: string } | undefined {
  if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { base?: { sha?: string }; head?: { sha?: string } };
    };
    const base = event.pull_request?.base?.sha;
    const head = event.pull_request?.head?.sha;
    return base && head ? { base, head } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * mode check (no LLM): every mapped section whose code changed in the pull request while the
 * section itself did not gets an annotation, and the step fails, so stale docs are caught in review.
 */
export async function runCheck(ctx: DocsContext): Promise<CommandResult> {
  const { settings, deps, root } = ctx;
  const event = readPullRequestEvent(deps.env);
  const from = settings.from ?? event?.base;
  const to = settings.to ?? event?.head ?? 'HEAD';
  if (!from) {
    throw new InputError(
      'from',
      'mode check compares a pull request with its base: run it on pull_request, or set from (the base commit).',
    );
  }
  const headCommit = await readCommit(root, to);
  if (!headCommit) throw new InputError('to', `commit ${to} is not in this clone`);
  const base = await findMergeBase(root, from, headCommit.sha);
  if (!base)
    throw new InputError('from', `commit ${from} is not in this clone (use fetch-depth: 0 in actions/checkout)`);
  const mergeBase = base;
  const files = (await changedFiles(root, mergeBase, headCommit.sha)).map((f) => f.path);
  const docs = await loadDocs(ctx);
  const plan = buildPlan({
    commits: [{ commit: { ...headCommit, message: '' }, files: files.map((path) => ({ status: 'M', path })) }],
    docs,
    config: ctx.config,
    docGlobs: ctx.docGlobs,
    configFile: ctx.configFile,
  });
  for (const w of plan.warnings) deps.log.warning(w);
  const stale: string[][] = [];
  for (const target of plan.commits[0]?.targets ?? []) {
    const doc = docs.get(target.docFile);
    const section = doc?.sections.find((s) => s.id === target.sectionId);
    if (!doc || !section) continue;
    const before = await showFile(root, mergeBase, target.docFile);
    let beforeBody: string | undefined;
    if (before !== undefined) {
      const old = documentSections(before, target.docFile).sections.find((s) => s.id === target.sectionId);
      beforeBody = old ? sectionBody(before, old) : undefined;
    }
    if (beforeBody !== undefined && beforeBody === sectionBody(doc.text, section)) {
      const message = `${target.files.join(', ')} changed in this pull request but "${target.title}" did not; update it (mapped by ${target.reason})`;
      deps.log.annotate('error', message, { file: target.docFile, line: section.line });
      stale.push([`${target.docFile}:${section.line}`, target.title, target.files.join(', ')]);
    }
  }
  return {
    outputs: {
      changed: 'false',
      'pull-request-number': '',
      'pull-request-url': '',
      'sections-updated': '0',
      'tokens-used': '0',
    },
    summary: {
      title: `dardocs docs check: ${ctx.repository}`,
      facts: [
        ['Compared', `${mergeBase.slice(0, 12)}..${headCommit.sha.slice(0, 12)}`],
        ['Stale sections', String(stale.length)],
      ],
      tables: stale.length
        ? [
            {
              caption: 'Sections whose code changed but they did not',
              headers: ['Where', 'Section', 'Changed code'],
              rows: stale,
            },
          ]
        : [],
    },
    failure: stale.length
      ? new DardocsError('DOCS_STALE', `${stale.length} documentation section(s) may be stale; see the annotations`)
      : undefined,
  };
}
