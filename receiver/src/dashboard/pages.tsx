import type { FC, PropsWithChildren } from 'hono/jsx';
import { raw } from 'hono/html';
import type { ApiKeyRecord, SnapshotRecord } from '../storage/storage.js';
import type { DocsCommit, SecretSyncEvent } from '../storage/run-store.js';
import type { Regeneration } from '../storage/regeneration-store.js';
import type { Soc, SocVersion } from '../storage/soc-store.js';
import { SCOPES } from '../services/api-key.js';

/** The dashboard's pages: pure components from data to HTML; routes.tsx fetches and checks. */
interface LayoutProps {
  title: string;
  csrf?: string;
  mermaid?: boolean;
}

export const Layout: FC<PropsWithChildren<LayoutProps>> = ({ title, csrf, mermaid, children }) => (
  <html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title} · dardocs</title>
      <link rel="stylesheet" href="/assets/dashboard.css" />
    </head>
    <body>
      <header>
        <strong>dardocs</strong>
        {csrf ? (
          <>
            <a href="/">SOCs</a>
            <a href="/snapshots">Snapshots</a>
            <a href="/docs">Docs runs</a>
            <a href="/secrets">Secret sync</a>
            <a href="/keys">API keys</a>
            <form method="post" action="/logout">
              <input type="hidden" name="_csrf" value={csrf} />
              <button type="submit">Sign out</button>
            </form>
          </>
        ) : null}
      </header>
      <main>
        <h1>{title}</h1>
        {children}
      </main>
      {mermaid ? <script src="/assets/mermaid.min.js"></script> : null}
      <script src="/assets/dashboard.js"></script>
    </body>
  </html>
);

export const LoginPage: FC<{ error?: string }> = ({ error }) => (
  <Layout title="Sign in">
    <p>
      Sign in with an API key that has the <code>admin</code> scope (create one with{' '}
      <code>dardocs-receiver keys create</code>).
    </p>
    {error ? <p class="error">{error}</p> : null}
    <form method="post" action="/login">
      <label>
        API key <input type="password" name="key" autocomplete="off" required size={70} />
      </label>
      <button type="submit">Sign in</button>
    </form>
  </Layout>
);

export const SocListPage: FC<{ csrf: string; socs: Soc[] }> = ({ csrf, socs }) => (
  <Layout title="System Overview Charts" csrf={csrf}>
    {socs.length === 0 ? <p>No SOC yet: create one with POST /api/socs.</p> : null}
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>Repositories</th>
          <th>Last generated</th>
        </tr>
      </thead>
      <tbody>
        {socs.map((soc) => (
          <tr>
            <td>
              <a href={`/socs/${soc.id}`}>{soc.name}</a>
            </td>
            <td>{soc.repositories.join(', ')}</td>
            <td>{soc.lastGeneratedAt ?? 'never'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
);

export const SocPage: FC<{
  csrf: string;
  soc: Soc;
  latest?: SocVersion;
  html?: string;
  versions: Array<{ version: number; createdAt: string }>;
  runs: Regeneration[];
  notice?: string;
}> = ({ csrf, soc, latest, html, versions, runs, notice }) => (
  <Layout title={soc.name} csrf={csrf} mermaid={Boolean(html)}>
    {notice ? <p class="error">{notice}</p> : null}
    <form method="post" action={`/socs/${soc.id}/regenerate`}>
      <input type="hidden" name="_csrf" value={csrf} />
      <button type="submit">Regenerate now</button> covers {soc.repositories.join(', ')}
    </form>
    <h2>Document {latest ? `(version ${latest.version})` : ''}</h2>
    {html ? <article class="document">{raw(html)}</article> : <p>No repository has reported yet.</p>}
    <h2>Versions</h2>
    <table>
      <tbody>
        {versions.map((v) => (
          <tr>
            <td>
              <a href={`/socs/${soc.id}/versions/${v.version}`}>version {v.version}</a>
            </td>
            <td>{v.createdAt}</td>
          </tr>
        ))}
      </tbody>
    </table>
    <h2>Regeneration runs</h2>
    <table>
      <thead>
        <tr>
          <th>Run</th>
          <th>Status</th>
          <th>Started</th>
          <th>Error</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr>
            <td>
              <a href={`/socs/${soc.id}/runs/${run.id}`}>{run.id.slice(0, 8)}</a>
            </td>
            <td>{run.status}</td>
            <td>{run.createdAt}</td>
            <td>{run.error ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
);

export const VersionPage: FC<{ csrf: string; soc: Soc; version: SocVersion; html: string; diff: string }> = ({
  csrf,
  soc,
  version,
  html,
  diff,
}) => (
  <Layout title={`${soc.name}, version ${version.version}`} csrf={csrf} mermaid>
    <p>
      <a href={`/socs/${soc.id}`}>Back to {soc.name}</a> · {version.createdAt}
    </p>
    <h2>Changes from version {version.version - 1}</h2>
    <pre class="diff">
      {diff.split('\n').map((line) => (
        <span
          class={
            line.startsWith('+') && !line.startsWith('+++')
              ? 'add'
              : line.startsWith('-') && !line.startsWith('---')
                ? 'del'
                : ''
          }
        >{`${line}\n`}</span>
      ))}
    </pre>
    <h2>Document</h2>
    <article class="document">{raw(html)}</article>
  </Layout>
);

export const RunPage: FC<{ csrf: string; soc: Soc; run: Regeneration }> = ({ csrf, soc, run }) => (
  <Layout title={`Regeneration of ${soc.name}`} csrf={csrf}>
    <section data-live-status={`/socs/${soc.id}/runs/${run.id}/status`}>
      <p>
        Status: <strong data-field="status">{run.status}</strong> · phase <span data-field="phase"></span>
      </p>
      <p class="error" data-field="error">
        {run.error ?? ''}
      </p>
      <table>
        <thead>
          <tr>
            <th>Repository</th>
            <th>Status</th>
            <th>Error</th>
            <th>Workflow run</th>
          </tr>
        </thead>
        <tbody>
          {run.repos.map((r) => (
            <tr>
              <td>{r.repository}</td>
              <td>{r.status}</td>
              <td>{r.error ?? ''}</td>
              <td>{r.runUrl ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  </Layout>
);

export const SnapshotsPage: FC<{ csrf: string; snapshots: SnapshotRecord[] }> = ({ csrf, snapshots }) => (
  <Layout title="Snapshots" csrf={csrf}>
    <table>
      <thead>
        <tr>
          <th>Repository</th>
          <th>Commit</th>
          <th>Branch</th>
          <th>Event</th>
          <th>Files</th>
          <th>Received</th>
        </tr>
      </thead>
      <tbody>
        {snapshots.map((s) => (
          <tr>
            <td>{`${s.owner}/${s.repo}`}</td>
            <td>{s.commitSha?.slice(0, 12) ?? ''}</td>
            <td>{s.branch ?? ''}</td>
            <td>{s.event}</td>
            <td>{s.fileCount}</td>
            <td>{s.receivedAt}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
);

export const DocsRunsPage: FC<{ csrf: string; commits: Array<DocsCommit & { repository: string }> }> = ({
  csrf,
  commits,
}) => (
  <Layout title="Docs runs" csrf={csrf}>
    <table>
      <thead>
        <tr>
          <th>Repository</th>
          <th>Commit</th>
          <th>Status</th>
          <th>Sections</th>
          <th>Tokens</th>
          <th>Error</th>
        </tr>
      </thead>
      <tbody>
        {commits.map((c) => (
          <tr>
            <td>{c.repository}</td>
            <td>{c.commitSha.slice(0, 12)}</td>
            <td>{c.status}</td>
            <td>{c.targets.map((t) => `${t.docFile}#${t.sectionId} (${t.status})`).join(', ')}</td>
            <td>{c.tokens}</td>
            <td>{c.error ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
);

export const SecretEventsPage: FC<{ csrf: string; events: SecretSyncEvent[] }> = ({ csrf, events }) => (
  <Layout title="Secret sync events" csrf={csrf}>
    <p>Names, scopes and counts only: no value is ever stored or shown.</p>
    <table>
      <thead>
        <tr>
          <th>When</th>
          <th>Repository</th>
          <th>Operation</th>
          <th>Scopes</th>
          <th>Status</th>
          <th>Counts</th>
          <th>Error</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr>
            <td>{e.createdAt}</td>
            <td>{e.repository}</td>
            <td>{e.operation}</td>
            <td>{e.affectedScopes.join(', ')}</td>
            <td>{e.status}</td>
            <td>{`${e.successCount} ok, ${e.failureCount} failed`}</td>
            <td>{e.errorMessage ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
);

export const KeysPage: FC<{
  csrf: string;
  keys: ApiKeyRecord[];
  created?: { key: string; name: string };
  error?: string;
}> = ({ csrf, keys, created, error }) => (
  <Layout title="API keys" csrf={csrf}>
    {created ? (
      <section>
        <p>
          The key <strong>{created.name}</strong>, shown this once:
        </p>
        <p class="key" data-created-key>
          {created.key}
        </p>
      </section>
    ) : null}
    {error ? <p class="error">{error}</p> : null}
    <h2>Create a key</h2>
    <form method="post" action="/keys">
      <input type="hidden" name="_csrf" value={csrf} />
      <label>
        Name <input name="name" required maxlength={200} />
      </label>
      {SCOPES.map((scope) => (
        <label>
          <input type="checkbox" name="scopes" value={scope} /> {scope}
        </label>
      ))}
      <label>
        Expires <input type="date" name="expires" />
      </label>
      <button type="submit">Create key</button>
    </form>
    <h2>Keys</h2>
    <table>
      <thead>
        <tr>
          <th>Name</th>
          <th>Prefix</th>
          <th>Scopes</th>
          <th>Last used</th>
          <th>State</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr data-key-id={k.id}>
            <td>{k.name}</td>
            <td>
              <code>{`dardocs_${k.prefix}…`}</code>
            </td>
            <td>{k.scopes.join(', ')}</td>
            <td>{k.lastUsedAt ?? 'never'}</td>
            <td>{k.revokedAt ? `revoked ${k.revokedAt}` : k.expiresAt ? `expires ${k.expiresAt}` : 'active'}</td>
            <td>
              {k.revokedAt ? null : (
                <form
                  method="post"
                  action={`/keys/${k.id}/revoke`}
                  data-confirm={`Revoke ${k.name}? It stops working at once.`}
                >
                  <input type="hidden" name="_csrf" value={csrf} />
                  <button type="submit">Revoke</button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </Layout>
);
