import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChatAnswer } from '../../llm/chat-client.js';
import { AtomicFile } from '../../output/atomic-file.js';
import { PROMPT_VERSION } from './prompt.js';

/**
 * LLM answers cached on disk (seed 004 §11.3), keyed by commit range, doc file, section id,
 * provider, model and the prompt's hash (which carries the prompt version), so a retry of the
 * same work makes no call for what was already answered. Lives in the repository's git directory
 * (`.git/dardocs/llm-cache`), never in the working tree; in a workflow, actions/cache keeps it.
 */
export interface CacheKey {
  range: string;
  docFile: string;
  sectionId: string;
  provider: string;
  model: string;
  prompt: string;
}

export interface AnswerCache {
  get(key: CacheKey): ChatAnswer | undefined;
  put(key: CacheKey, answer: ChatAnswer): void;
}

export function cacheDigest(key: CacheKey): string {
  const promptHash = createHash('sha256').update(key.prompt).digest('hex');
  return createHash('sha256')
    .update(
      JSON.stringify([PROMPT_VERSION, key.range, key.docFile, key.sectionId, key.provider, key.model, promptHash]),
    )
    .digest('hex');
}

export function fileCache(dir: string): AnswerCache {
  const path = (key: CacheKey) => join(dir, `${cacheDigest(key)}.json`);
  return {
    get(key) {
      try {
        const entry = JSON.parse(readFileSync(path(key), 'utf8')) as ChatAnswer;
        return typeof entry.text === 'string' ? entry : undefined;
      } catch {
        return undefined;
      }
    },
    put(key, answer) {
      const file = new AtomicFile(path(key));
      file.write(JSON.stringify(answer));
      file.commit();
    },
  };
}
