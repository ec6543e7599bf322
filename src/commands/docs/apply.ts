import { DardocsError, getErrorMessage } from '../../errors.js';
import { diffBase, unifiedDiff, type ChangedFile } from '../../git/history.js';
import type { Provider } from '../../llm/chat-client.js';
import type { ProviderPool } from '../../llm/provider-pool.js';
import { tokenCount } from '../../llm/tokens.js';
import { documentSections } from '../../markdown/sections.js';
import { checkEdit, sectionBody, spliceSections, type SectionEdit } from '../../markdown/splice.js';
import type { Log } from '../../runtime/log.js';
import type { AnswerCache } from './cache.js';
import { judgeAnswer, type GuardrailLimits } from './guardrails.js';
import type { DocIndex, Plan, PlannedCommit, PlanTarget } from './plan.js';
import { buildPrompt, type BuiltPrompt } from './prompt.js';

/**
 * The apply phase (seed 004 §11.1): one LLM call per job, its answer judged by the guardrails, and
 * the new section bodies spliced into the documents. A job is one section for the whole push
 * (batch) or one section for one commit.
 */
export interface Job {
  docFile: string;
  sectionId: string;
  title: string;
  strategy: PlanTarget['strategy'];
  commits: PlannedCommit[];
  files: string[];
}

export interface JobOutcome {
  job: Job;
  status: 'applied' | 'unchanged' | 'failed';
  reason: string | null;
  provider: string | null;
  model: string | null;
  /** Prompt plus answer tokens actually spent (0 for a cached answer). */
  tokens: number;
  cached: boolean;
}

export function planJobs(plan: Plan, batch: boolean): Job[] {
  const jobs: Job[] = [];
  const byKey = new Map<string, Job>();
  for (const planned of plan.commits) {
    if (planned.skip) continue;
    for (const target of planned.targets) {
      const key = `${target.docFile}#${target.sectionId}`;
      const existing = batch ? byKey.get(key) : undefined;
      if (existing) {
        existing.commits.push(planned);
        for (const f of target.files) if (!existing.files.includes(f)) existing.files.push(f);
        continue;
      }
      const job: Job = {
        docFile: target.docFile,
        sectionId: target.sectionId,
        title: target.title,
        strategy: target.strategy,
        commits: [planned],
        files: [...target.files],
      };
      jobs.push(job);
      byKey.set(key, job);
    }
  }
  return jobs;
}

export interface ApplyContext {
  cwd: string;
  docs: Map<string, DocIndex | null>;
  pool: ProviderPool;
  cache: AnswerCache;
  limits: GuardrailLimits;
  maxPromptTokens: number;
  log: Log;
}

const jobRange = (job: Job) => {
  const first = job.commits[0]?.commit.sha ?? '';
  const last = job.commits.at(-1)?.commit.sha ?? '';
  return first === last ? first : `${first}..${last}`;
};

/** A job's diffs, read from git once: the estimate and the call both build its prompt. */
const diffsRead = new WeakMap<Job, Promise<Array<{ path: string; diff: string }>>>();

function jobDiffs(ctx: ApplyContext, job: Job): Promise<Array<{ path: string; diff: string }>> {
  let diffs = diffsRead.get(job);
  if (!diffs) {
    diffs = (async () => {
      const first = job.commits[0]?.commit;
      const last = job.commits.at(-1)?.commit;
      if (!first || !last) throw new Error('a job without commits');
      const base = await diffBase(ctx.cwd, first);
      const out = [];
      for (const path of job.files) out.push({ path, diff: await unifiedDiff(ctx.cwd, base, last.sha, [path]) });
      return out;
    })();
    diffsRead.set(job, diffs);
  }
  return diffs;
}

async function promptFor(ctx: ApplyContext, job: Job, body: string): Promise<BuiltPrompt> {
  const diffs = await jobDiffs(ctx, job);
  const others = new Map<string, ChangedFile>();
  for (const c of job.commits) for (const f of c.files) if (!job.files.includes(f.path)) others.set(f.path, f);
  return buildPrompt({
    docFile: job.docFile,
    title: job.title,
    body,
    commits: job.commits.map((c) => ({ sha: c.commit.sha, message: c.commit.message })),
    diffs: diffs.filter((d) => d.diff !== ''),
    others: [...others.values()],
    maxPromptTokens: ctx.maxPromptTokens,
  });
}

const cacheKey = (job: Job, provider: Provider, prompt: BuiltPrompt) => ({
  range: jobRange(job),
  docFile: job.docFile,
  sectionId: job.sectionId,
  provider: provider.name,
  model: provider.model,
  prompt: JSON.stringify(prompt.messages),
});

export interface Estimate {
  calls: number;
  cached: number;
  promptTokens: number;
  answerTokens: number;
}

/** Tokens the run would spend, before the first call; answers already cached for a provider cost nothing. */
export async function estimateJobs(ctx: ApplyContext, jobs: Job[]): Promise<Estimate> {
  const estimate: Estimate = { calls: 0, cached: 0, promptTokens: 0, answerTokens: 0 };
  for (const job of jobs) {
    const doc = ctx.docs.get(job.docFile);
    const section = doc?.sections.find((s) => s.id === job.sectionId);
    if (!doc || !section) continue;
    const body = sectionBody(doc.text, section);
    let prompt: BuiltPrompt;
    try {
      prompt = await promptFor(ctx, job, body);
    } catch {
      continue; // reported when the job runs
    }
    if (ctx.pool.providers.some((p) => ctx.cache.get(cacheKey(job, p, prompt)))) {
      estimate.cached++;
      continue;
    }
    estimate.calls++;
    estimate.promptTokens += prompt.tokens;
    estimate.answerTokens += Math.ceil(tokenCount(body) * 1.2) + 50;
  }
  return estimate;
}

/** Runs the jobs in order. New bodies accumulate per section, so per-commit jobs build on each other. */
export async function runJobs(
  ctx: ApplyContext,
  jobs: Job[],
): Promise<{ outcomes: JobOutcome[]; bodies: Map<string, Map<string, string>> }> {
  const bodies = new Map<string, Map<string, string>>();
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    const fail = (reason: string, extra: Partial<JobOutcome> = {}): JobOutcome => ({
      job,
      status: 'failed',
      reason,
      provider: null,
      model: null,
      tokens: 0,
      cached: false,
      ...extra,
    });
    const doc = ctx.docs.get(job.docFile);
    const section = doc?.sections.find((s) => s.id === job.sectionId);
    if (!doc || !section) {
      outcomes.push(fail(`${job.docFile} § ${job.title} is gone`));
      continue;
    }
    const current = bodies.get(job.docFile)?.get(job.sectionId) ?? sectionBody(doc.text, section);
    let prompt: BuiltPrompt;
    try {
      prompt = await promptFor(ctx, job, current);
    } catch (error) {
      outcomes.push(fail(getErrorMessage(error)));
      continue;
    }
    if (prompt.omitted.length > 0)
      ctx.log.info(`  ${job.docFile} § ${job.title}: left out to fit the budget: ${prompt.omitted.join(', ')}`);
    let answer;
    try {
      answer = await ctx.pool.complete(prompt.messages, async (provider) =>
        ctx.cache.get(cacheKey(job, provider, prompt)),
      );
    } catch (error) {
      outcomes.push(fail(getErrorMessage(error)));
      ctx.log.warning(`${job.docFile} § ${job.title}: ${getErrorMessage(error)}`);
      continue;
    }
    const spent = answer.cached
      ? 0
      : answer.promptTokens + answer.completionTokens || prompt.tokens + tokenCount(answer.text);
    const meta = { provider: answer.provider, model: answer.model, tokens: spent, cached: answer.cached };
    const verdict = judgeAnswer(answer.text, current, job.title, ctx.limits);
    if (verdict.kind === 'rejected') {
      outcomes.push(fail(`guardrail: ${verdict.reason}`, meta));
      ctx.log.warning(`${job.docFile} § ${job.title}: rejected, ${verdict.reason}; the file is unchanged`);
      continue;
    }
    // Only answers that pass the guardrails are cached: a retry must ask again for a rejected one.
    const provider = ctx.pool.providers.find((p) => p.name === answer.provider && p.model === answer.model);
    const remember = () => {
      if (answer.cached || !provider) return;
      ctx.cache.put(cacheKey(job, provider, prompt), {
        text: answer.text,
        promptTokens: answer.promptTokens,
        completionTokens: answer.completionTokens,
      });
    };
    if (verdict.kind === 'unchanged') {
      remember();
      outcomes.push({ job, status: 'unchanged', reason: 'the model answered NO_CHANGE', ...meta });
      continue;
    }
    const problem = checkEdit(doc.text, { section, body: verdict.body });
    if (problem) {
      outcomes.push(fail(`guardrail: ${problem}`, meta));
      ctx.log.warning(`${job.docFile} § ${job.title}: rejected, ${problem}; the file is unchanged`);
      continue;
    }
    remember();
    let perDoc = bodies.get(job.docFile);
    if (!perDoc) bodies.set(job.docFile, (perDoc = new Map()));
    perDoc.set(job.sectionId, verdict.body);
    outcomes.push({ job, status: 'applied', reason: null, ...meta });
  }
  return { outcomes, bodies };
}

/** Splices new bodies into a document by section id; the text may be a newer version than the one planned on. */
export function spliceByIds(text: string, file: string, bodies: Map<string, string>): string {
  const { sections } = documentSections(text, file);
  const edits: SectionEdit[] = [];
  for (const [id, body] of bodies) {
    const section = sections.find((s) => s.id === id);
    if (!section) {
      throw new DardocsError('DOCS_MARKDOWN_INVALID', `${file}: section "${id}" is no longer there`);
    }
    edits.push({ section, body });
  }
  return spliceSections(text, file, edits);
}
