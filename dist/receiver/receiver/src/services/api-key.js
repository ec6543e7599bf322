import { createHash, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
/**
 * API keys: `dardocs_` + 32 random bytes in base62 (43 characters) + a 6-character base62 CRC32
 * of that random part. The checksum lets a secret scanner (and the receiver, before any database
 * lookup) tell a real key from a typo offline. Only the SHA-256 of the key and an 8-character
 * prefix are stored.
 */
export const API_KEY_PREFIX = 'dardocs_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BODY_LENGTH = 43; // ceil(256 bits / log2(62))
const CHECKSUM_LENGTH = 6; // ceil(32 bits / log2(62))
export const SCOPES = ['soc:read', 'soc:write', 'soc:regenerate', 'snapshots:write', 'runs:write', 'admin'];
function base62(value, length) {
    let out = '';
    let v = value;
    while (v > 0n) {
        out = ALPHABET[Number(v % 62n)] + out;
        v /= 62n;
    }
    return out.padStart(length, '0');
}
function checksum(body) {
    return base62(BigInt(crc32(body)), CHECKSUM_LENGTH);
}
export function generateApiKey(random = randomBytes) {
    const body = base62(BigInt(`0x${random(32).toString('hex')}`), BODY_LENGTH);
    return `${API_KEY_PREFIX}${body}${checksum(body)}`;
}
const KEY_PATTERN = new RegExp(`^${API_KEY_PREFIX}([0-9A-Za-z]{${BODY_LENGTH}})([0-9A-Za-z]{${CHECKSUM_LENGTH}})$`);
/** Whether `key` has the shape of a dardocs key and a matching checksum. */
export function isWellFormedApiKey(key) {
    const match = KEY_PATTERN.exec(key);
    return match !== null && checksum(match[1] ?? '') === match[2];
}
export function hashApiKey(key) {
    return createHash('sha256').update(key).digest('hex');
}
/** The 8 characters stored and shown to identify a key: the start of its random part. */
export function apiKeyPrefix(key) {
    return key.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + 8);
}
export function parseScopes(text) {
    const scopes = text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    for (const scope of scopes) {
        if (!SCOPES.includes(scope)) {
            throw new Error(`unknown scope '${scope}': use ${SCOPES.join(', ')}`);
        }
    }
    return [...new Set(scopes)];
}
