import { parseArgs } from 'node:util';
import { readConfig } from './config.js';
import { parseScopes } from './services/api-key.js';
import { startReceiver } from './server.js';
import { SqlStorage } from './storage/sql-storage.js';
import { openReceiverDatabase } from './storage/open.js';

const USAGE = `Usage:
  dardocs-receiver [--port 8787] [--host 127.0.0.1] [--data-dir ./.dardocs-data]
  dardocs-receiver keys create --workspace NAME --name "GitHub Action" --scopes soc:write,snapshots:write [--expires 2027-01-01T00:00:00Z]
  dardocs-receiver keys list --workspace NAME
  dardocs-receiver keys revoke ID
  DARDOCS_SIGNING_SECRET=... dardocs-receiver workspaces signing-secret --workspace NAME   (empty clears it)

Environment: PORT, HOST, DARDOCS_DATA_DIR, DATABASE_URL (PostgreSQL instead of the embedded database).
Scopes: soc:read, soc:write, soc:regenerate, snapshots:write, runs:write, admin.`;

export async function main(argv: string[], env: Record<string, string | undefined>, cwd: string): Promise<number> {
  if (argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv[0] === 'keys') return keys(argv.slice(1), env, cwd);
  if (argv[0] === 'workspaces') return workspaces(argv.slice(1), env, cwd);
  const args = argv[0] === 'serve' ? argv.slice(1) : argv;
  const receiver = await startReceiver(readConfig(args, env, cwd));
  const shutdown = () => void receiver.stop().then(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  return -1; // keep running
}

async function keys(argv: string[], env: Record<string, string | undefined>, cwd: string): Promise<number> {
  const [action, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      workspace: { type: 'string' },
      name: { type: 'string' },
      scopes: { type: 'string' },
      expires: { type: 'string' },
      'data-dir': { type: 'string' },
    },
    allowPositionals: true,
  });
  const config = readConfig(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], env, cwd);
  const { db, release } = await openReceiverDatabase(config);
  const storage = new SqlStorage(db);
  try {
    if (action === 'create') {
      if (!values.workspace || !values.name || !values.scopes)
        throw new Error('keys create needs --workspace, --name and --scopes');
      const expiresAt = values.expires ? new Date(values.expires) : undefined;
      if (expiresAt && Number.isNaN(expiresAt.getTime())) throw new Error(`--expires is not a date: ${values.expires}`);
      const workspace = await storage.ensureWorkspace(values.workspace);
      const { key, record } = await storage.createApiKey({
        workspaceId: workspace.id,
        name: values.name,
        scopes: parseScopes(values.scopes),
        expiresAt: expiresAt?.toISOString() ?? null,
      });
      process.stdout.write(
        `${key}\n\nThat is the only time the key is shown. id ${record.id}, workspace ${workspace.name} (${workspace.id}), scopes ${record.scopes.join(',')}\n`,
      );
      return 0;
    }
    if (action === 'list') {
      if (!values.workspace) throw new Error('keys list needs --workspace');
      const workspace = await storage.findWorkspaceByName(values.workspace);
      if (!workspace) throw new Error(`no workspace named ${values.workspace}`);
      for (const k of await storage.listApiKeys(workspace.id)) {
        const state = k.revokedAt ? `revoked ${k.revokedAt}` : k.expiresAt ? `expires ${k.expiresAt}` : 'active';
        process.stdout.write(
          `${k.id}  dardocs_${k.prefix}…  ${k.name}  [${k.scopes.join(',')}]  ${state}  last used ${k.lastUsedAt ?? 'never'}\n`,
        );
      }
      return 0;
    }
    if (action === 'revoke') {
      const id = positionals[0];
      if (!id) throw new Error('keys revoke needs the key id');
      if (!(await storage.revokeApiKey(id, undefined, new Date()))) throw new Error(`no key with id ${id}`);
      process.stdout.write(`revoked ${id}\n`);
      return 0;
    }
    throw new Error(`unknown keys command '${action ?? ''}'\n${USAGE}`);
  } finally {
    await db.close();
    release();
  }
}

/** `workspaces signing-secret`: the secret comes from DARDOCS_SIGNING_SECRET, never from argv (shell history). */
async function workspaces(argv: string[], env: Record<string, string | undefined>, cwd: string): Promise<number> {
  const [action, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: { workspace: { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  if (action !== 'signing-secret' || !values.workspace)
    throw new Error(
      `usage: DARDOCS_SIGNING_SECRET=... dardocs-receiver workspaces signing-secret --workspace NAME\n${USAGE}`,
    );
  const secret = env.DARDOCS_SIGNING_SECRET ?? '';
  if (secret !== '' && secret.length < 16)
    throw new Error('DARDOCS_SIGNING_SECRET must be at least 16 characters (or empty to clear it)');
  const config = readConfig(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], env, cwd);
  const { db, release } = await openReceiverDatabase(config);
  try {
    const storage = new SqlStorage(db);
    const workspace = await storage.ensureWorkspace(values.workspace);
    await storage.setSigningSecret(workspace.id, secret === '' ? null : secret);
    process.stdout.write(
      secret === ''
        ? `signing secret of ${workspace.name} cleared\n`
        : `snapshots to ${workspace.name} must now be signed with that secret\n`,
    );
    return 0;
  } finally {
    await db.close();
    release();
  }
}
