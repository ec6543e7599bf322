import { describe, expect, it } from 'vitest';
import { imageName } from '../../src/analysis/manifests.js';
import { detectStack } from '../../src/analysis/tech-stack.js';
import { TECH_RULES } from '../../src/analysis/tech-rules.js';

// One manifest of each format; the expected stack is listed by hand, not by running the code.
const files = [
  {
    path: 'package.json',
    content: JSON.stringify({
      workspaces: ['apps/*'],
      devDependencies: { vitest: '^4', eslint: '^9', '@playwright/test': '^1' },
      engines: { node: '>=20' },
    }),
  },
  {
    path: 'apps/api/package.json',
    content: JSON.stringify({
      dependencies: { express: '^5', pg: '^8', ioredis: '^5', '@aws-sdk/client-s3': '^3', bullmq: '^5' },
    }),
  },
  { path: 'apps/web/package.json', content: JSON.stringify({ dependencies: { next: '^15', react: '^19' } }) },
  {
    path: 'services/ml/requirements.txt',
    content: 'fastapi[all]>=0.110\nsqlalchemy==2.0 ; python_version > "3.8"\n# comment\n-r base.txt\ncelery\n',
  },
  {
    path: 'services/ml/pyproject.toml',
    content:
      '[project]\nname = "ml"\ndependencies = ["pydantic>=2", "boto3"]\n[project.optional-dependencies]\ntest = ["pytest>=8"]\n',
  },
  { path: 'services/legacy/Pipfile', content: '[packages]\nflask = "*"\n[dev-packages]\nblack = "*"\n' },
  {
    path: 'services/gateway/go.mod',
    content:
      'module example.com/gw\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/jackc/pgx/v5 v5.6.0 // indirect\n)\nrequire github.com/stretchr/testify v1.9.0\n',
  },
  {
    path: 'tools/cli/Cargo.toml',
    content:
      '[package]\nname = "cli"\n[dependencies]\naxum = "0.7"\nsqlx = { version = "0.8", features = ["postgres"] }\n[dev-dependencies]\nproptest = "1"\n',
  },
  {
    path: 'jvm/pom.xml',
    content:
      '<project><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId></parent><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency><dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency></dependencies></project>',
  },
  {
    path: 'android/build.gradle.kts',
    content:
      'dependencies {\n  implementation("io.ktor:ktor-server-core:2.3.0")\n  testImplementation("org.junit.jupiter:junit-jupiter:5.10.0")\n}\n',
  },
  {
    path: 'rails/Gemfile',
    content:
      "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem \"sidekiq\"\ngroup :test do\n  gem 'rspec-rails'\nend\n",
  },
  {
    path: 'php/composer.json',
    content: JSON.stringify({
      require: { php: '^8.2', 'laravel/framework': '^11', 'ext-json': '*' },
      'require-dev': { 'phpunit/phpunit': '^10' },
    }),
  },
  {
    path: 'dotnet/Api.csproj',
    content:
      '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="8.0.0" /><PackageReference Include="xunit" Version="2.6.0" /></ItemGroup></Project>',
  },
  {
    path: 'apps/api/Dockerfile',
    content: 'FROM node:20-alpine AS build\nRUN npm ci\nFROM build AS test\nFROM gcr.io/distroless/nodejs20\n',
  },
  {
    path: 'docker-compose.yml',
    content:
      'services:\n  db:\n    image: postgres:16\n  cache:\n    image: docker.io/library/redis:7\n  broker:\n    image: rabbitmq:3-management\n  api:\n    build: .\n',
  },
  {
    path: '.github/workflows/ci.yml',
    content:
      'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: aws-actions/configure-aws-credentials@v4\n      - uses: codecov/codecov-action@v4\n',
  },
  {
    path: 'infra/main.tf',
    content:
      'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws" }\n    cloudflare = { source = "cloudflare/cloudflare" }\n  }\n}\nresource "aws_s3_bucket" "b" {}\n',
  },
  { path: 'node_modules/koa/package.json', content: JSON.stringify({ dependencies: { koa: '1' } }) },
  { path: 'broken/package.json', content: '{ not json' },
];

describe('detectStack', () => {
  const report = detectStack(files);
  const names = report.technologies.map((t) => `${t.category}:${t.name}`);

  it('recognises every technology those manifests show, and nothing else', () => {
    expect(names.sort()).toEqual(
      [
        'runtime:.NET',
        'runtime:Go',
        'runtime:Java',
        'runtime:Kotlin',
        'runtime:Node.js',
        'runtime:PHP',
        'runtime:Python',
        'runtime:Ruby',
        'runtime:Rust',
        'web-framework:ASP.NET Core',
        'web-framework:Axum',
        'web-framework:Express',
        'web-framework:FastAPI',
        'web-framework:Flask',
        'web-framework:Ktor',
        'web-framework:Laravel',
        'web-framework:Next.js',
        'web-framework:React',
        'web-framework:Ruby on Rails',
        'web-framework:Spring Boot',
        'web-framework:Spring Web',
        'web-framework:gin',
        'datastore:Entity Framework Core',
        'datastore:PostgreSQL',
        'datastore:Redis',
        'datastore:SQLAlchemy',
        'datastore:sqlx',
        'queue-cache:BullMQ',
        'queue-cache:Celery',
        'queue-cache:RabbitMQ',
        'queue-cache:Sidekiq',
        'cloud-infra:AWS',
        'cloud-infra:Cloudflare',
        'cloud-infra:Docker',
        'cloud-infra:Terraform',
        'test:JUnit',
        'test:PHPUnit',
        'test:Playwright',
        'test:RSpec',
        'test:Vitest',
        'test:proptest',
        'test:pytest',
        'test:testify',
        'test:xUnit',
        'ci:Black',
        'ci:Codecov',
        'ci:ESLint',
        'ci:GitHub Actions',
      ].sort(),
    );
  });

  it('records every manifest that showed a technology', () => {
    const find = (name: string) => report.technologies.find((t) => t.name === name)?.evidence;
    expect(find('PostgreSQL')).toEqual([
      'apps/api/package.json',
      'docker-compose.yml',
      'dotnet/Api.csproj',
      'jvm/pom.xml',
      'services/gateway/go.mod',
    ]);
    expect(find('AWS')).toEqual([
      '.github/workflows/ci.yml',
      'apps/api/package.json',
      'infra/main.tf',
      'services/ml/pyproject.toml',
    ]);
    expect(find('Docker')).toEqual(['apps/api/Dockerfile', 'docker-compose.yml']);
  });

  it('ignores vendored manifests and reports the ones it could not parse', () => {
    expect(names).not.toContain('web-framework:Koa');
    expect(report.unparsed).toEqual([
      { path: 'broken/package.json', problem: expect.stringContaining('not valid JSON') },
    ]);
  });

  it('orders by category, then name', () => {
    expect(report.technologies[0]?.category).toBe('runtime');
    expect(report.technologies.at(-1)?.category).toBe('ci');
  });
});

describe('rules', () => {
  it('recognise at least 150 technologies, each named once', () => {
    const all = TECH_RULES.map((r) => r.name);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(150);
  });

  it('normalise image references', () => {
    expect(
      [
        'postgres:16',
        'docker.io/library/redis:7',
        'ghcr.io/acme/api@sha256:abc',
        'localhost:5000/x/y:1',
        'bitnami/kafka',
      ].map(imageName),
    ).toEqual(['postgres', 'redis', 'acme/api', 'x/y', 'bitnami/kafka']);
  });
});
