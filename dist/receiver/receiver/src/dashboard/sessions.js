import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
const hash = (token) => createHash('sha256').update(token).digest('hex');
export const SESSION_HOURS = 8;
/** Dashboard sessions as rows: any instance can serve any request, and a revoked admin key ends its sessions. */
export class SessionStore {
    db;
    constructor(db) {
        this.db = db;
    }
    async create(workspaceId, apiKeyId, now) {
        const token = randomBytes(32).toString('base64url');
        const session = { workspaceId, apiKeyId, csrfToken: randomBytes(24).toString('base64url') };
        await this.db.query('DELETE FROM sessions WHERE expires_at < $1', [now.toISOString()]);
        await this.db.query('INSERT INTO sessions (id_hash, workspace_id, api_key_id, csrf_token, created_at, expires_at) VALUES ($1,$2,$3,$4,$5,$6)', [
            hash(token),
            workspaceId,
            apiKeyId,
            session.csrfToken,
            now.toISOString(),
            new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
        ]);
        return { token, session };
    }
    /** The session for a cookie, while it is unexpired and its admin key is still live. */
    async find(token, now) {
        const rows = await this.db.query(`SELECT s.workspace_id, s.api_key_id, s.csrf_token FROM sessions s JOIN api_keys k ON k.id = s.api_key_id
       WHERE s.id_hash = $1 AND s.expires_at > $2 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > $2)
         AND 'admin' = ANY(k.scopes)`, [hash(token), now.toISOString()]);
        const row = rows[0];
        return row
            ? { workspaceId: row.workspace_id ?? '', apiKeyId: row.api_key_id ?? '', csrfToken: row.csrf_token ?? '' }
            : undefined;
    }
    async remove(token) {
        await this.db.query('DELETE FROM sessions WHERE id_hash = $1', [hash(token)]);
    }
}
export function sameToken(a, b) {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
}
