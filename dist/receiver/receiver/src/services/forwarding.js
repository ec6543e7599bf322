import { createHmac } from 'node:crypto';
import { gzipSync } from 'node:zlib';
export const DEFAULT_FORWARDING = {
    maxRetries: 5,
    baseDelayMs: 1000,
    timeoutMs: 30_000,
    staleAfterMs: 5 * 60_000,
};
export async function buildForwardPayload(storage, snapshotPk) {
    const snapshot = await storage.snapshotWithContents(snapshotPk);
    if (!snapshot)
        return undefined;
    const { record, files } = snapshot;
    const payload = {
        event: 'initial_snapshot',
        snapshot_id: record.snapshotId,
        part: 1,
        parts: 1,
        repository: {
            repository_id: record.repositoryId,
            github_url: record.githubUrl,
            owner: record.owner,
            name: record.repo,
        },
        snapshot: {
            commit_sha: record.commitSha,
            branch: record.branch,
            scanned_at: record.scannedAt,
            files: files.map((f) => ({
                path: f.path,
                type: f.type,
                sha: f.sha,
                size: f.size,
                content: f.content,
                ...(f.skipped ? { skipped: f.skipped } : {}),
            })),
        },
    };
    return Buffer.from(JSON.stringify(payload));
}
export async function deliverDue(deps, now, config = DEFAULT_FORWARDING) {
    const claimed = await deps.deliveries.claimDue(now(), config.staleAfterMs);
    const doFetch = deps.fetch ?? globalThis.fetch;
    for (const job of claimed) {
        const endpoint = await deps.deliveries.endpoint(job.endpointId);
        const json = endpoint ? await buildForwardPayload(deps.storage, job.snapshotPk) : undefined;
        if (!endpoint || !json)
            continue;
        const body = gzipSync(json);
        const headers = {
            'content-type': 'application/json',
            'content-encoding': 'gzip',
            'user-agent': 'dardocs-receiver',
        };
        if (endpoint.signingSecret)
            headers['x-dardocs-signature'] =
                `sha256=${createHmac('sha256', endpoint.signingSecret).update(body).digest('hex')}`;
        let error = null;
        let permanent = false;
        try {
            const response = await doFetch(endpoint.url, {
                method: 'POST',
                headers,
                body: body,
                signal: AbortSignal.timeout(config.timeoutMs),
            });
            const text = await response.text().catch(() => '');
            if (response.ok) {
                await deps.deliveries.record(job.snapshotPk, job.endpointId, { status: 'delivered', retryCount: job.retryCount, error: null, nextAttemptAt: now() }, now());
                continue;
            }
            error = `HTTP ${response.status}${text ? `: ${text.slice(0, 500)}` : ''}`;
            permanent = response.status < 500 && response.status !== 429;
        }
        catch (e) {
            const cause = e.cause;
            error = cause?.code ?? e.message;
        }
        const retries = job.retryCount + 1;
        const failed = permanent || retries > config.maxRetries;
        if (failed)
            deps.logger.error('snapshot delivery failed', { snapshotPk: job.snapshotPk, endpointId: job.endpointId, error });
        await deps.deliveries.record(job.snapshotPk, job.endpointId, {
            status: failed ? 'failed' : 'pending',
            retryCount: failed && permanent ? job.retryCount : retries,
            error,
            nextAttemptAt: new Date(now().getTime() + config.baseDelayMs * 2 ** (retries - 1)),
        }, now());
    }
    return claimed.length;
}
