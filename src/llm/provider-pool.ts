import { DardocsError } from '../errors.js';
import { describeChatError, type Chat, type ChatAnswer, type ChatMessage, type Provider } from './chat-client.js';

export interface PoolAnswer extends ChatAnswer {
  provider: string;
  model: string;
}

interface Breaker {
  failures: number;
  openedAt: number | null;
}

/**
 * The primary provider and its fallbacks, tried in order (seed 004 §11.5). Each has a circuit
 * breaker: after `failureThreshold` failed calls in a row it opens and the provider is skipped
 * until `cooldownMs` has passed; then one call is let through (half-open) and its outcome closes
 * or re-opens the breaker.
 */
export class ProviderPool {
  private readonly breakers = new Map<string, Breaker>();
  constructor(
    readonly providers: Provider[],
    private readonly chat: Chat,
    private readonly options: { failureThreshold?: number; cooldownMs?: number; now?: () => number } = {},
  ) {}

  private breaker(provider: Provider): Breaker {
    let breaker = this.breakers.get(provider.name);
    if (!breaker) this.breakers.set(provider.name, (breaker = { failures: 0, openedAt: null }));
    return breaker;
  }

  /** Providers that would be tried now, in order. */
  available(): Provider[] {
    const now = (this.options.now ?? Date.now)();
    return this.providers.filter((p) => {
      const b = this.breaker(p);
      return b.openedAt === null || now - b.openedAt >= (this.options.cooldownMs ?? 60_000);
    });
  }

  async complete(
    messages: ChatMessage[],
    cached?: (p: Provider) => Promise<ChatAnswer | undefined>,
  ): Promise<PoolAnswer & { cached: boolean }> {
    const errors: string[] = [];
    const candidates = this.available();
    if (candidates.length === 0) {
      throw new DardocsError(
        'LLM_FAILED',
        `every LLM provider is failing (circuit open): ${this.providers.map((p) => p.name).join(', ')}`,
      );
    }
    for (const provider of candidates) {
      const hit = cached ? await cached(provider) : undefined;
      if (hit) return { ...hit, provider: provider.name, model: provider.model, cached: true };
      const breaker = this.breaker(provider);
      try {
        const answer = await this.chat(provider, messages);
        breaker.failures = 0;
        breaker.openedAt = null;
        return { ...answer, provider: provider.name, model: provider.model, cached: false };
      } catch (error) {
        breaker.failures += 1;
        if (breaker.openedAt !== null || breaker.failures >= (this.options.failureThreshold ?? 3)) {
          breaker.openedAt = (this.options.now ?? Date.now)();
        }
        errors.push(`${provider.name} (${provider.model}): ${describeChatError(error)}`);
      }
    }
    throw new DardocsError('LLM_FAILED', `no LLM provider answered: ${errors.join('; ')}`);
  }
}
