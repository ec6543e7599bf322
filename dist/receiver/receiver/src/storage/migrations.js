export const MIGRATIONS = [
    {
        version: 1,
        name: 'workspaces, api keys, snapshots',
        sql: `
      CREATE TABLE workspaces (
        id text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        signing_secret text,
        fingerprint_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE api_keys (
        id text PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        key_prefix text NOT NULL,
        scopes text[] NOT NULL,
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX api_keys_workspace ON api_keys(workspace_id);

      -- Parts of a multi-part snapshot upload, kept until every part has arrived.
      CREATE TABLE snapshot_uploads (
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        snapshot_id text NOT NULL,
        part integer NOT NULL CHECK (part >= 1),
        parts integer NOT NULL CHECK (parts >= 1 AND part <= parts),
        body text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, snapshot_id, part)
      );
      CREATE TABLE snapshots (
        id text PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        snapshot_id text NOT NULL,
        owner text NOT NULL,
        repo text NOT NULL,
        repository_id text NOT NULL,
        github_url text NOT NULL,
        event text NOT NULL CHECK (event IN ('initial_snapshot', 'incremental_snapshot')),
        commit_sha text,
        base_commit_sha text,
        branch text,
        scanned_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        file_count integer NOT NULL,
        change_count integer NOT NULL,
        UNIQUE (workspace_id, snapshot_id)
      );
      CREATE INDEX snapshots_repo ON snapshots(workspace_id, owner, repo, received_at DESC);
      -- Each snapshot's complete file list (an incremental one is stored applied to its base).
      CREATE TABLE snapshot_files (
        snapshot_pk text NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        path text NOT NULL,
        type text NOT NULL,
        sha text,
        size bigint NOT NULL,
        skipped text,
        PRIMARY KEY (snapshot_pk, path)
      );
      -- File contents, content-addressed: stored once per workspace however many snapshots use them.
      CREATE TABLE blobs (
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        sha text NOT NULL,
        size bigint NOT NULL,
        content text NOT NULL,
        PRIMARY KEY (workspace_id, sha)
      );
    `,
    },
    {
        version: 2,
        name: 'soc configs, parts and versions',
        sql: `
      CREATE TABLE socs (
        id text PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL,
        type text NOT NULL DEFAULT 'overview' CHECK (type IN ('overview')),
        repositories text[] NOT NULL,
        options jsonb NOT NULL DEFAULT '{}',
        last_generated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX socs_workspace ON socs(workspace_id);
      -- The latest part each repository sent; the document is composed from these.
      CREATE TABLE soc_parts (
        soc_id text NOT NULL REFERENCES socs(id) ON DELETE CASCADE,
        repository text NOT NULL,
        analysis jsonb NOT NULL,
        markdown text NOT NULL,
        commit_sha text,
        regeneration_id text,
        run_url text,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (soc_id, repository)
      );
      -- Version history: a new row only when the composed content changed.
      CREATE TABLE soc_versions (
        soc_id text NOT NULL REFERENCES socs(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        markdown text NOT NULL,
        document jsonb NOT NULL,
        content_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (soc_id, version)
      );
    `,
    },
    {
        version: 3,
        name: 'regenerations',
        sql: `
      CREATE TABLE regenerations (
        id text PRIMARY KEY,
        soc_id text NOT NULL REFERENCES socs(id) ON DELETE CASCADE,
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'timed_out')),
        idempotency_key text,
        trigger text NOT NULL DEFAULT 'api',
        created_at timestamptz NOT NULL,
        deadline_at timestamptz NOT NULL,
        completed_at timestamptz,
        error text,
        UNIQUE (soc_id, idempotency_key)
      );
      CREATE INDEX regenerations_soc ON regenerations(soc_id, created_at DESC);
      CREATE INDEX regenerations_open ON regenerations(status) WHERE status IN ('queued', 'running');
      CREATE TABLE regeneration_repos (
        regeneration_id text NOT NULL REFERENCES regenerations(id) ON DELETE CASCADE,
        repository text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'dispatched', 'completed', 'failed')),
        error text,
        run_url text,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (regeneration_id, repository)
      );
    `,
    },
    {
        version: 4,
        name: 'docs run state and secret sync audit',
        sql: `
      CREATE TABLE docs_commits (
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        owner text NOT NULL,
        repo text NOT NULL,
        commit_sha text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'in_progress', 'success', 'failed', 'skipped')),
        targets jsonb NOT NULL DEFAULT '[]',
        doc_commit_sha text,
        files_changed text[] NOT NULL DEFAULT '{}',
        tokens integer NOT NULL DEFAULT 0 CHECK (tokens >= 0),
        provider text,
        model text,
        error text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (workspace_id, owner, repo, commit_sha)
      );
      CREATE INDEX docs_commits_status ON docs_commits(workspace_id, owner, repo, status, updated_at DESC);

      -- Seed 001's SecretSyncEvent: append-only, counts that add up, status consistent with counts.
      CREATE TABLE secret_sync_events (
        id text PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        repository text NOT NULL,
        operation text NOT NULL CHECK (operation IN ('create', 'update', 'delete', 'sync_all', 'validate')),
        secret_name text,
        affected_scopes text[] NOT NULL CHECK (cardinality(affected_scopes) >= 1),
        status text NOT NULL CHECK (status IN ('success', 'failure', 'partial')),
        success_count integer NOT NULL CHECK (success_count >= 0),
        failure_count integer NOT NULL CHECK (failure_count >= 0),
        error_message text,
        correlation_id uuid NOT NULL,
        duration_ms integer NOT NULL CHECK (duration_ms >= 0),
        metadata jsonb,
        created_at timestamptz NOT NULL,
        CHECK (success_count + failure_count = cardinality(affected_scopes)),
        CHECK (status <> 'success' OR failure_count = 0),
        CHECK (status <> 'failure' OR success_count = 0),
        CHECK (status <> 'partial' OR (success_count > 0 AND failure_count > 0))
      );
      CREATE INDEX secret_sync_events_time ON secret_sync_events(workspace_id, created_at DESC);
      CREATE INDEX secret_sync_events_correlation ON secret_sync_events(correlation_id);
      CREATE FUNCTION secret_sync_events_append_only() RETURNS trigger AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('dardocs.purge', true) = 'on' THEN RETURN OLD; END IF;
        RAISE EXCEPTION 'secret_sync_events is append-only';
      END $$ LANGUAGE plpgsql;
      CREATE TRIGGER secret_sync_events_append_only BEFORE UPDATE OR DELETE ON secret_sync_events
        FOR EACH ROW EXECUTE FUNCTION secret_sync_events_append_only();

      -- Seed 001's SecretMapping per (repository, secret, scope), with a keyed fingerprint instead
      -- of a plain hash: HMAC-SHA256 under the workspace's fingerprint_key, never a value.
      CREATE TABLE secret_mappings (
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        repository text NOT NULL,
        secret_name text NOT NULL CHECK (secret_name ~ '^[A-Z][A-Z0-9_]*$'),
        scope text NOT NULL CHECK (scope IN ('codespaces', 'dependabot') OR scope ~ '^(org|environment):.+$'),
        fingerprint text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
        sync_status text NOT NULL CHECK (sync_status IN ('pending', 'synced', 'failed', 'conflict')),
        error_message text,
        last_synced_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (workspace_id, repository, secret_name, scope)
      );
    `,
    },
    {
        version: 5,
        name: 'dashboard sessions',
        sql: `
      -- Signed-in dashboard sessions: the cookie's hash, the admin key behind it, a CSRF token.
      CREATE TABLE sessions (
        id_hash text PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        api_key_id text NOT NULL REFERENCES api_keys(id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
    `,
    },
    {
        version: 6,
        name: 'forwarding snapshots to app endpoints',
        sql: `
      CREATE TABLE app_endpoints (
        id text PRIMARY KEY,
        workspace_id text NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL,
        url text NOT NULL,
        signing_secret text,
        created_at timestamptz NOT NULL
      );
      CREATE TABLE snapshot_deliveries (
        snapshot_pk text NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        endpoint_id text NOT NULL REFERENCES app_endpoints(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('pending', 'delivering', 'delivered', 'failed')),
        retry_count integer NOT NULL DEFAULT 0,
        last_error text,
        next_attempt_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (snapshot_pk, endpoint_id)
      );
      CREATE INDEX snapshot_deliveries_due ON snapshot_deliveries(status, next_attempt_at);
    `,
    },
    {
        version: 7,
        name: 'regenerations deferred by pushes inside the rate-limit window',
        sql: `
      ALTER TABLE socs ADD COLUMN regenerate_after timestamptz;
      CREATE INDEX socs_regenerate_after ON socs(regenerate_after) WHERE regenerate_after IS NOT NULL;
    `,
    },
];
const LOCK_KEY = 0x64617264; // "dard"
export async function migrate(db, migrations = MIGRATIONS) {
    return db.transaction(async (tx) => {
        // Transaction-scoped: released at commit or rollback, even if this process dies.
        await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
        await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
        const done = new Set((await tx.query('SELECT version FROM schema_migrations')).map((r) => r.version));
        const applied = [];
        for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
            if (done.has(migration.version))
                continue;
            await tx.exec(migration.sql);
            await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
                migration.version,
                migration.name,
            ]);
            applied.push(migration.version);
        }
        return applied;
    });
}
export async function pendingMigrations(db, migrations = MIGRATIONS) {
    const rows = await db
        .query('SELECT count(*)::int AS n FROM schema_migrations')
        .catch(() => [{ n: 0 }]);
    return migrations.length - (rows[0]?.n ?? 0);
}
