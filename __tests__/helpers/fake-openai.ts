import { Hono } from 'hono';
import { serveApp } from './serve-app.js';

/** What the fake answers to one chat completion request. */
export type FakeAnswer =
  | { text: string; delayMs?: number }
  | { status: number; body?: string; headers?: Record<string, string> }
  | { garbage: string };

export interface RecordedPrompt {
  model: string;
  messages: Array<{ role: string; content: string }>;
  authorization: string | undefined;
}

/** The section body the prompt carries (between the SECTION markers). */
export function sectionOf(prompt: RecordedPrompt): string {
  const user = prompt.messages.find((m) => m.role === 'user')?.content ?? '';
  return /<<<SECTION\n([\s\S]*)\nSECTION>>>/.exec(user)?.[1] ?? '';
}

/** Default: keep the section and add a sentence naming the commits' subjects. */
export function appendNote(prompt: RecordedPrompt): FakeAnswer {
  const user = prompt.messages.find((m) => m.role === 'user')?.content ?? '';
  const subjects = [...user.matchAll(/^- [0-9a-f]{12} (.*)$/gm)].map((m) => m[1]).join('; ');
  return { text: `${sectionOf(prompt)}\n\nUpdated for: ${subjects}.` };
}

/**
 * A local OpenAI-compatible server (POST /v1/chat/completions) reached through the real `openai`
 * client. It records every prompt and answers as told: text (optionally slowly), an HTTP error
 * such as 429 or 500, or a body that is not JSON.
 */
export class FakeOpenAI {
  readonly prompts: RecordedPrompt[] = [];
  answer: (prompt: RecordedPrompt, index: number) => FakeAnswer = appendNote;
  private server: Awaited<ReturnType<typeof serveApp>> | undefined;

  async start(): Promise<string> {
    const app = new Hono();
    app.post('/v1/chat/completions', async (c) => {
      const body = (await c.req.json()) as { model: string; messages: RecordedPrompt['messages'] };
      const prompt = { model: body.model, messages: body.messages, authorization: c.req.header('authorization') };
      this.prompts.push(prompt);
      const answer = this.answer(prompt, this.prompts.length - 1);
      if ('status' in answer) {
        return new Response(answer.body ?? JSON.stringify({ error: { message: `fake ${answer.status}` } }), {
          status: answer.status,
          headers: { 'content-type': 'application/json', ...answer.headers },
        });
      }
      if ('garbage' in answer)
        return new Response(answer.garbage, { status: 200, headers: { 'content-type': 'application/json' } });
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      const promptTokens = body.messages.reduce((n, m) => n + Math.ceil(m.content.length / 4), 0);
      return c.json({
        id: `chatcmpl-${this.prompts.length}`,
        object: 'chat.completion',
        created: 0,
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: answer.text }, finish_reason: 'stop' }],
        usage: { prompt_tokens: promptTokens, completion_tokens: Math.ceil(answer.text.length / 4), total_tokens: 0 },
      });
    });
    this.server = await serveApp(app);
    return `${this.server.url}/v1`;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }
}
