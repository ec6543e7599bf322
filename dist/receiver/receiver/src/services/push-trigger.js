import { requestRegeneration } from './regeneration.js';
/**
 * A push to the default branch of a repository regenerates every SOC that covers it, within the
 * rate limit: inside the window it is folded into the run under way when that run has not yet
 * dispatched this repository (so it will see the push), and otherwise deferred to the end of the
 * window, never dropped. The sweep starts deferred runs when they are due.
 */
export async function regenerateForPush(socs, deps, input) {
    const outcomes = [];
    for (const soc of await socs.coveringRepository(input.repository)) {
        const result = await requestRegeneration(deps, {
            workspaceId: soc.workspaceId,
            soc,
            trigger: 'push',
            ...(input.deliveryId ? { idempotencyKey: `push-${input.deliveryId}` } : {}),
        });
        if (!result)
            continue;
        if (result.kind !== 'limited') {
            outcomes.push({
                socId: soc.id,
                action: result.kind === 'created' ? 'started' : 'folded',
                regenerationId: result.run.id,
            });
        }
        else if (notYetDispatched(result.run, input.repository)) {
            // The run under way has not dispatched this repository yet: its analysis will include the push.
            outcomes.push({ socId: soc.id, action: 'folded', regenerationId: result.run.id });
        }
        else {
            const at = await socs.deferRegeneration(soc.id, new Date(deps.now().getTime() + result.retryAfterS * 1000));
            outcomes.push({ socId: soc.id, action: 'deferred', at, regenerationId: result.run.id });
        }
    }
    return outcomes;
}
function notYetDispatched(run, repository) {
    if (run.status === 'queued')
        return true;
    if (run.status !== 'running')
        return false;
    return run.repos.some((r) => r.repository.toLowerCase() === repository.toLowerCase() && r.status === 'queued');
}
/** Starts the deferred regenerations that are due (part of every instance's sweep). */
export async function startDeferred(socs, deps) {
    let started = 0;
    for (const soc of await socs.claimDeferred(deps.now())) {
        const result = await requestRegeneration(deps, { workspaceId: soc.workspaceId, soc, trigger: 'push' });
        if (result?.kind === 'limited')
            await socs.deferRegeneration(soc.id, new Date(deps.now().getTime() + result.retryAfterS * 1000));
        else if (result)
            started++;
    }
    return started;
}
