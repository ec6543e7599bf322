/** Merges the parts of one upload (already validated, any order) into one payload. */
export function mergeParts(parts) {
    const sorted = [...parts].sort((a, b) => a.part - b.part);
    const first = sorted[0];
    if (!first)
        throw new Error('no parts to merge');
    if (first.event === 'initial_snapshot') {
        const files = sorted.flatMap((p) => (p.event === 'initial_snapshot' ? p.snapshot.files : []));
        return { ...first, part: 1, parts: 1, snapshot: { ...first.snapshot, files } };
    }
    const lists = { added: [], modified: [], deleted: [], renamed: [] };
    for (const p of sorted) {
        if (p.event !== 'incremental_snapshot')
            continue;
        lists.added.push(...p.snapshot.changes.added);
        lists.modified.push(...p.snapshot.changes.modified);
        lists.deleted.push(...p.snapshot.changes.deleted);
        lists.renamed.push(...p.snapshot.changes.renamed);
    }
    return { ...first, part: 1, parts: 1, snapshot: { ...first.snapshot, changes: lists } };
}
const toStored = (f) => ({
    path: f.path,
    type: f.type,
    sha: f.sha,
    size: f.size,
    skipped: f.skipped ?? null,
});
/** The complete file list after an incremental change: base − deleted − renamed-from + added + modified + renamed. Pure. */
export function applyChanges(base, changes) {
    const files = new Map(base.map((f) => [f.path, f]));
    for (const d of changes.deleted)
        files.delete(d.path);
    for (const r of changes.renamed)
        files.delete(r.from);
    for (const f of [...changes.added, ...changes.modified, ...changes.renamed])
        files.set(f.path, toStored(f));
    return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** Blobs to store: text contents keyed by their git blob id (redacted contents are not the blob, so skipped). */
export function blobsOf(files) {
    const blobs = new Map();
    for (const f of files) {
        if (f.content !== null && f.sha && !f.redacted)
            blobs.set(f.sha, { sha: f.sha, size: f.size, content: f.content });
    }
    return [...blobs.values()];
}
export function changedFiles(payload) {
    if (payload.event === 'initial_snapshot')
        return payload.snapshot.files;
    const c = payload.snapshot.changes;
    return [...c.added, ...c.modified, ...c.renamed];
}
