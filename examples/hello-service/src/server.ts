import { Hono } from 'hono';

const app = new Hono();

app.get('/health', (c) => c.json({ ok: true }));
app.get('/greetings/:name', (c) => c.json({ greeting: `Hello, ${c.req.param('name')}` }));

export default app;
