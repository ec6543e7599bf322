import OpenAI from 'openai';

/**
 * The only module that touches the `openai` package. Any OpenAI-compatible server works through
 * `baseURL` (OpenAI, Azure OpenAI's /openai/v1, Groq, Ollama, vLLM). The client retries 429, 5xx
 * and connection errors itself, with exponential backoff that honours Retry-After.
 */
export interface Provider {
  /** A short name for logs and state: the base URL's host, or the name given. */
  name: string;
  baseURL: string;
  model: string;
  apiKey: string;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export interface ChatAnswer {
  text: string;
  promptTokens: number;
  completionTokens: number;
}

export type Chat = (provider: Provider, messages: ChatMessage[]) => Promise<ChatAnswer>;

export interface ChatOptions {
  timeoutMs: number;
  maxRetries: number;
  fetch?: typeof fetch;
}

export function openAiChat(options: ChatOptions): Chat {
  const clients = new Map<string, OpenAI>();
  return async (provider, messages) => {
    const key = `${provider.baseURL}\n${provider.apiKey}`;
    let client = clients.get(key);
    if (!client) {
      client = new OpenAI({
        apiKey: provider.apiKey,
        baseURL: provider.baseURL,
        timeout: options.timeoutMs,
        maxRetries: options.maxRetries,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      clients.set(key, client);
    }
    const completion = await client.chat.completions.create({
      model: provider.model,
      messages,
      temperature: 0,
    });
    const text = completion.choices?.[0]?.message?.content;
    if (typeof text !== 'string') {
      throw new Error(
        `${provider.name} answered without message content (finish reason ${completion.choices?.[0]?.finish_reason ?? 'none'})`,
      );
    }
    return {
      text,
      promptTokens: completion.usage?.prompt_tokens ?? 0,
      completionTokens: completion.usage?.completion_tokens ?? 0,
    };
  };
}

/** A provider error in one line, without the request body or any key. */
export function describeChatError(error: unknown): string {
  if (error instanceof OpenAI.APIError) {
    const status = error.status ? `HTTP ${error.status}` : 'no response';
    return `${status}: ${error.message.split('\n')[0]}`;
  }
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
}
