import { Hono } from 'hono';
import { serveApp } from './serve-app.js';

export interface FakePull {
  number: number;
  state: 'open' | 'closed';
  head: string;
  base: string;
  title: string;
  body: string;
  html_url: string;
}

/**
 * A local stand-in for the GitHub REST API's pull request endpoints, reached through the real
 * Octokit (GITHUB_API_URL). Git itself goes to a real bare repository; this holds the pull requests.
 */
export class FakeGitHub {
  readonly pulls: FakePull[] = [];
  readonly comments: Array<{ number: number; body: string }> = [];
  readonly requests: Array<{ method: string; path: string; body: unknown; authorization: string | undefined }> = [];
  /** Answer pull request creation as GitHub does when Actions may not create pull requests. */
  forbidCreate = false;
  private server: Awaited<ReturnType<typeof serveApp>> | undefined;

  async start(): Promise<string> {
    const app = new Hono();
    app.use(async (c, next) => {
      const body =
        c.req.method === 'GET'
          ? undefined
          : await c.req.raw
              .clone()
              .json()
              .catch(() => undefined);
      this.requests.push({
        method: c.req.method,
        path: new URL(c.req.url).pathname,
        body,
        authorization: c.req.header('authorization'),
      });
      await next();
    });
    app.get('/repos/:owner/:repo/pulls', (c) => {
      const { state = 'open', head, base } = c.req.query();
      const list = this.pulls.filter(
        (p) =>
          (state === 'all' || p.state === state) &&
          (!head || `${c.req.param('owner')}:${p.head}` === head) &&
          (!base || p.base === base),
      );
      return c.json(list.map((p) => ({ ...p, head: { ref: p.head }, base: { ref: p.base } })));
    });
    app.post('/repos/:owner/:repo/pulls', async (c) => {
      const body = (await c.req.json()) as { head: string; base: string; title: string; body: string };
      if (this.forbidCreate) {
        return c.json(
          {
            message: 'GitHub Actions is not permitted to create or approve pull requests.',
            documentation_url: 'https://docs.github.com',
          },
          403,
        );
      }
      if (this.pulls.some((p) => p.state === 'open' && p.head === body.head && p.base === body.base)) {
        return c.json(
          { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${body.head}.` }] },
          422,
        );
      }
      const number = this.pulls.length + 1;
      const pull: FakePull = {
        number,
        state: 'open',
        head: body.head,
        base: body.base,
        title: body.title,
        body: body.body,
        html_url: `https://github.example/${c.req.param('owner')}/${c.req.param('repo')}/pull/${number}`,
      };
      this.pulls.push(pull);
      return c.json({ ...pull, head: { ref: pull.head }, base: { ref: pull.base } }, 201);
    });
    app.patch('/repos/:owner/:repo/pulls/:number', async (c) => {
      const pull = this.pulls.find((p) => p.number === Number(c.req.param('number')));
      if (!pull) return c.json({ message: 'Not Found' }, 404);
      Object.assign(pull, await c.req.json());
      return c.json({ ...pull, head: { ref: pull.head }, base: { ref: pull.base } });
    });
    app.post('/repos/:owner/:repo/issues/:number/comments', async (c) => {
      const body = (await c.req.json()) as { body: string };
      this.comments.push({ number: Number(c.req.param('number')), body: body.body });
      return c.json({ id: this.comments.length, body: body.body }, 201);
    });
    app.all('*', (c) => c.json({ message: 'Not Found' }, 404));
    this.server = await serveApp(app);
    return this.server.url;
  }

  async stop(): Promise<void> {
    await this.server?.close();
  }
}
