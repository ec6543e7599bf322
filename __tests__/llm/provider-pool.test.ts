import { describe, expect, it } from 'vitest';
import type { Chat, Provider } from '../../src/llm/chat-client.js';
import { ProviderPool } from '../../src/llm/provider-pool.js';

const provider = (name: string): Provider => ({
  name,
  baseURL: `http://${name}/v1`,
  model: `${name}-model`,
  apiKey: 'k',
});
const messages = [{ role: 'user' as const, content: 'hi' }];

describe('ProviderPool', () => {
  it('falls back in order, opens a breaker after repeated failures, and half-opens after the cooldown', async () => {
    let now = 0;
    const calls: string[] = [];
    let primaryUp = false;
    const chat: Chat = async (p) => {
      calls.push(p.name);
      if (p.name === 'primary' && !primaryUp) throw new Error('HTTP 503');
      return { text: `from ${p.name}`, promptTokens: 1, completionTokens: 1 };
    };
    const pool = new ProviderPool([provider('primary'), provider('backup')], chat, {
      failureThreshold: 2,
      cooldownMs: 1000,
      now: () => now,
    });
    expect((await pool.complete(messages)).provider).toBe('backup');
    expect((await pool.complete(messages)).provider).toBe('backup');
    expect(calls).toEqual(['primary', 'backup', 'primary', 'backup']);
    // Open: the primary is skipped while the cooldown runs.
    calls.length = 0;
    await pool.complete(messages);
    expect(calls).toEqual(['backup']);
    // Half-open after the cooldown: one call goes through; it succeeds and closes the breaker.
    now = 1500;
    primaryUp = true;
    calls.length = 0;
    expect((await pool.complete(messages)).provider).toBe('primary');
    expect(calls).toEqual(['primary']);
  });

  it('names every provider and its error when none answers, and uses a cached answer without calling', async () => {
    const pool = new ProviderPool([provider('a'), provider('b')], async (p) => {
      throw new Error(`${p.name} down`);
    });
    await expect(pool.complete(messages)).rejects.toThrow(
      /no LLM provider answered: a \(a-model\): a down; b \(b-model\): b down/,
    );
    const cached = await pool.complete(messages, async (p) =>
      p.name === 'a' ? { text: 'cached', promptTokens: 0, completionTokens: 0 } : undefined,
    );
    expect(cached).toMatchObject({ text: 'cached', cached: true, provider: 'a' });
  });
});
