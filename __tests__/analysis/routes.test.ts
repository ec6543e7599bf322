import { describe, expect, it } from 'vitest';
import { findRoutes } from '../../src/analysis/routes.js';

const files = [
  {
    path: 'services/api/src/app.ts',
    content: [
      "import express from 'express';",
      "import users from './routes/users';",
      "import v2 from './routes/v2/index';",
      'const app = express();',
      "app.get('/health', (req, res) => res.json({ ok: true }));",
      "app.use('/api', users);",
      "app.use('/api/v2', v2);",
      "const data = await axios.get('/not/a/route');",
      'export default app;',
    ].join('\n'),
  },
  {
    path: 'services/api/src/routes/users.ts',
    content: [
      "import { Router } from 'express';",
      'const router = Router();',
      "router.get('/users', list);",
      "router.post('/users/:id', update);",
      "router.route('/users/:id/avatar').get(show).delete(remove);",
      'export default router;',
    ].join('\n'),
  },
  {
    path: 'services/api/src/routes/v2/index.ts',
    content: [
      "import { Router } from 'express';",
      "import orders from './orders';",
      'const v2 = Router();',
      "v2.use('/orders', orders);",
      'export default v2;',
    ].join('\n'),
  },
  {
    path: 'services/api/src/routes/v2/orders.ts',
    content: [
      "import express from 'express';",
      'const router = express.Router();',
      "router.get('/', list);",
      "router.delete('/:id', remove);",
      'module.exports = router;',
    ].join('\n'),
  },
  {
    path: 'services/edge/src/index.ts',
    content: [
      "import { Hono } from 'hono';",
      "import admin from './admin';",
      'const app = new Hono();',
      "app.get('/ping', (c) => c.text('pong'));",
      "app.route('/admin', admin);",
      'export default app;',
    ].join('\n'),
  },
  {
    path: 'services/edge/src/admin.ts',
    content: [
      "import { Hono } from 'hono';",
      'const admin = new Hono();',
      "admin.post('/flush', (c) => c.json({}));",
      'export default admin;',
    ].join('\n'),
  },
  {
    path: 'web/app/api/items/[id]/route.ts',
    content: 'export async function GET() {}\nexport async function DELETE() {}\n',
  },
  { path: 'web/app/(shop)/api/cart/route.ts', content: 'export const POST = async () => {};\n' },
  { path: 'web/pages/api/hello.ts', content: 'export default function handler(req, res) {}\n' },
  { path: 'web/pages/api/index.ts', content: 'export default function handler() {}\n' },
  {
    path: 'services/ml/app/main.py',
    content: [
      'from fastapi import FastAPI',
      'from app.routers import users',
      'app = FastAPI()',
      '',
      '@app.get("/health")',
      'def health():',
      '    return {}',
      '',
      'app.include_router(users.router, prefix="/api")',
    ].join('\n'),
  },
  {
    path: 'services/ml/app/routers/users.py',
    content: [
      'from fastapi import APIRouter',
      'router = APIRouter(prefix="/users")',
      '',
      '@router.get("/{user_id}")',
      'def get_user(user_id: int):',
      '    ...',
      '@router.api_route("/", methods=["GET", "POST"])',
      'def many():',
      '    ...',
    ].join('\n'),
  },
  { path: 'services/ml/app/routers/__init__.py', content: '' },
  {
    path: 'services/legacy/server.py',
    content: [
      'from flask import Flask',
      'app = Flask(__name__)',
      "@app.route('/legacy', methods=['GET', 'PUT'])",
      'def legacy(): pass',
    ].join('\n'),
  },
  {
    path: 'services/gateway/main.go',
    content: [
      'package main',
      'import (',
      '  "net/http"',
      '  "github.com/gin-gonic/gin"',
      ')',
      'func main() {',
      '  r := gin.Default()',
      '  r.GET("/healthz", health)',
      '  v1 := r.Group("/api/v1")',
      '  v1.POST("/items", create)',
      '  admin := v1.Group("/admin")',
      '  admin.DELETE("/cache", flush)',
      '  http.ListenAndServe(":8080", r)',
      '}',
    ].join('\n'),
  },
  {
    path: 'services/status/main.go',
    content:
      'package main\nimport "net/http"\nfunc main() {\n  mux := http.NewServeMux()\n  mux.HandleFunc("GET /status", status)\n  http.HandleFunc("/metrics", metrics)\n}\n',
  },
  {
    path: 'services/api/src/routes/users.test.ts',
    content: "import express from 'express';\nconst r = express.Router();\nr.get('/test-only', h);\n",
  },
  {
    path: 'services/api/tests/fixtures.ts',
    content: "import express from 'express';\nconst r = express.Router();\nr.get('/fixture', h);\n",
  },
];

describe('findRoutes', () => {
  const report = findRoutes(files);
  const listed = report.routes.map((r) => `${r.method} ${r.path} ${r.file}:${r.line} ${r.framework}`);

  it('finds every route with its method, path and file:line, mount prefixes resolved per module', () => {
    expect([...listed].sort()).toEqual(
      [
        'GET /health services/api/src/app.ts:5 Express',
        'GET /api/users services/api/src/routes/users.ts:3 Express',
        'POST /api/users/:id services/api/src/routes/users.ts:4 Express',
        'GET /api/users/:id/avatar services/api/src/routes/users.ts:5 Express',
        'DELETE /api/users/:id/avatar services/api/src/routes/users.ts:5 Express',
        'GET /api/v2/orders services/api/src/routes/v2/orders.ts:3 Express',
        'DELETE /api/v2/orders/:id services/api/src/routes/v2/orders.ts:4 Express',
        'GET /ping services/edge/src/index.ts:4 Hono',
        'POST /admin/flush services/edge/src/admin.ts:3 Hono',
        'GET /api/items/:id web/app/api/items/[id]/route.ts:1 Next.js',
        'DELETE /api/items/:id web/app/api/items/[id]/route.ts:2 Next.js',
        'POST /api/cart web/app/(shop)/api/cart/route.ts:1 Next.js',
        'ANY /api/hello web/pages/api/hello.ts:1 Next.js',
        'ANY /api web/pages/api/index.ts:1 Next.js',
        'GET /health services/ml/app/main.py:5 FastAPI',
        'GET /api/users/{user_id} services/ml/app/routers/users.py:4 FastAPI',
        'GET /api/users services/ml/app/routers/users.py:7 FastAPI',
        'POST /api/users services/ml/app/routers/users.py:7 FastAPI',
        'GET /legacy services/legacy/server.py:3 Flask',
        'PUT /legacy services/legacy/server.py:3 Flask',
        'GET /healthz services/gateway/main.go:8 gin',
        'POST /api/v1/items services/gateway/main.go:10 gin',
        'DELETE /api/v1/admin/cache services/gateway/main.go:12 gin',
        'GET /status services/status/main.go:5 net/http',
        'ANY /metrics services/status/main.go:6 net/http',
      ].sort(),
    );
  });

  it('orders routes by path, then method', () => {
    const keys = report.routes.map((r) => [r.path, r.method] as const);
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]), `${a.join(' ')} before ${b.join(' ')}`).toBe(true);
    }
  });

  it('names the frameworks it recognised, and skips tests and fixtures', () => {
    expect(report.frameworks).toEqual(['Express', 'FastAPI', 'Flask', 'Hono', 'Next.js', 'gin', 'net/http']);
    expect(listed.some((l) => l.includes('test-only') || l.includes('fixture') || l.includes('/not/a/route'))).toBe(
      false,
    );
  });
});
