import { ApiError } from '../errors.js';
import { hashApiKey, isWellFormedApiKey } from '../services/api-key.js';
const unauthorized = (message) => new ApiError(401, 'UNAUTHORIZED', message, null, { 'www-authenticate': 'Bearer realm="dardocs"' });
/**
 * Resolves `Authorization: Bearer dardocs_...` to its workspace and scopes. A malformed key or a
 * bad checksum is refused before any database lookup; a revoked or expired key is refused on the
 * very next request, since nothing is cached.
 */
export function authenticate(storage, now) {
    return async (c, next) => {
        const header = c.req.header('authorization') ?? '';
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match)
            throw unauthorized('Send an API key as Authorization: Bearer dardocs_...');
        const key = match[1] ?? '';
        if (!isWellFormedApiKey(key))
            throw unauthorized('That is not a dardocs API key (wrong format or checksum).');
        const record = await storage.authenticate(hashApiKey(key), now());
        if (!record)
            throw unauthorized('The API key is unknown, revoked or expired.');
        c.set('auth', { keyId: record.id, workspaceId: record.workspaceId, scopes: record.scopes });
        await next();
    };
}
/** Requires one scope; `admin` holds every scope. */
export function requireScope(scope) {
    return async (c, next) => {
        const auth = c.get('auth');
        if (!auth.scopes.includes(scope) && !auth.scopes.includes('admin')) {
            throw new ApiError(403, 'FORBIDDEN', `This API key lacks the '${scope}' scope.`, { required: scope });
        }
        await next();
    };
}
