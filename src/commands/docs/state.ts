import { DardocsError } from '../../errors.js';
import { receiverJson } from '../../receiver-client/json-request.js';
import { ACTIONS_BOT, committerIdentity } from '../../git/commit-files.js';
import { execGit } from '../../git/exec-git.js';
import { fetchRef, hasRemote, pushRef, type RemoteAuth } from '../../git/remote.js';
import type { DocsCommitState } from '../../wire/docs.js';

/**
 * Where the docs run state lives: in the receiver when one is configured, else in the repository
 * itself under git notes (refs/notes/dardocs, one JSON note per code commit), pushed with the
 * results so the next run, on a fresh checkout, resumes where this one stopped.
 */
export interface DocsStateStore {
  readonly where: string;
  load(): Promise<Map<string, DocsCommitState>>;
  save(states: DocsCommitState[]): Promise<void>;
}

export const NOTES_REF = 'refs/notes/dardocs';

export class GitNotesStore implements DocsStateStore {
  readonly where = `git notes (${NOTES_REF})`;
  constructor(
    private readonly cwd: string,
    private readonly options: { share: boolean; auth: RemoteAuth },
  ) {}

  async load(): Promise<Map<string, DocsCommitState>> {
    if (this.options.share && (await hasRemote(this.cwd))) {
      // The remote's notes are the record; fetch them over the local ref.
      await fetchRef(this.cwd, { ref: NOTES_REF, into: NOTES_REF, auth: this.options.auth });
    }
    const list = await execGit(['notes', `--ref=${NOTES_REF}`, 'list'], { cwd: this.cwd, allowFailure: true });
    const states = new Map<string, DocsCommitState>();
    if (list.code !== 0) return states;
    const pairs = list.stdout
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(' ') as [string, string]);
    if (pairs.length === 0) return states;
    const batch = await execGit(['cat-file', '--batch'], {
      cwd: this.cwd,
      input: `${pairs.map(([blob]) => blob).join('\n')}\n`,
    });
    const out = batch.stdout;
    let offset = 0;
    for (const [, commit] of pairs) {
      const headerEnd = out.indexOf(10, offset);
      const size = Number(out.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
      const body = out.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
      offset = headerEnd + 1 + size + 1;
      try {
        const state = JSON.parse(body) as DocsCommitState;
        if (state && typeof state.status === 'string') states.set(commit, { ...state, commitSha: commit });
      } catch {
        // a note that is not ours (or was edited by hand): ignore it rather than fail the run
      }
    }
    return states;
  }

  async save(states: DocsCommitState[]): Promise<void> {
    if (states.length === 0) return;
    const identity = await committerIdentity(this.cwd);
    const env = {
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email,
    };
    for (const state of states) {
      await execGit(['notes', `--ref=${NOTES_REF}`, 'add', '-f', '-F', '-', state.commitSha], {
        cwd: this.cwd,
        input: `${JSON.stringify(state)}\n`,
        env,
      });
    }
    if (!this.options.share || !(await hasRemote(this.cwd))) return;
    for (let attempt = 0; attempt < 3; attempt++) {
      const pushed = await pushRef(this.cwd, { source: NOTES_REF, ref: NOTES_REF, auth: this.options.auth });
      if (pushed.ok) return;
      if (pushed.reason !== 'non-fast-forward') {
        throw new DardocsError('DOCS_STATE_FAILED', `could not push ${NOTES_REF}: ${pushed.message}`);
      }
      // Another run pushed notes meanwhile: merge theirs in (ours win on the same commit) and push again.
      const theirs = 'refs/notes/dardocs-remote';
      await fetchRef(this.cwd, { ref: NOTES_REF, into: theirs, auth: this.options.auth });
      await execGit(['notes', `--ref=${NOTES_REF}`, 'merge', '-s', 'ours', theirs], {
        cwd: this.cwd,
        env: { ...env, GIT_AUTHOR_NAME: env.GIT_AUTHOR_NAME || ACTIONS_BOT.name },
      });
    }
    throw new DardocsError('DOCS_STATE_FAILED', `could not push ${NOTES_REF} after 3 attempts`);
  }
}

export class ReceiverStateStore implements DocsStateStore {
  readonly where: string;
  private readonly base: string;
  constructor(
    receiverUrl: string,
    private readonly apiKey: string,
    private readonly repository: string,
    private readonly fetchImpl: typeof fetch = globalThis.fetch,
  ) {
    this.base = `${receiverUrl.replace(/\/+$/, '')}/api/repos/${repository}/docs/commits`;
    this.where = `the receiver (${new URL(receiverUrl).host})`;
  }

  private call(method: string, url: string, body?: unknown): Promise<unknown> {
    return receiverJson({
      fetchImpl: this.fetchImpl,
      apiKey: this.apiKey,
      method,
      url,
      body,
      what: 'docs state',
      codes: { unreachable: 'DOCS_STATE_FAILED', rejected: 'DOCS_STATE_FAILED' },
    });
  }

  async load(): Promise<Map<string, DocsCommitState>> {
    const body = (await this.call('GET', `${this.base}?limit=1000`)) as { commits?: DocsCommitState[] };
    return new Map((body.commits ?? []).map((c) => [c.commitSha, c]));
  }

  async save(states: DocsCommitState[]): Promise<void> {
    for (let i = 0; i < states.length; i += 1000) {
      await this.call('POST', this.base, { commits: states.slice(i, i + 1000) });
    }
  }
}
