import { z } from '@hono/zod-openapi';
/** The action's snapshot payload (src/wire/snapshot.ts), as the receiver validates it. */
const file = z.object({
    path: z.string().min(1),
    type: z.enum(['file', 'symlink', 'submodule']).default('file'),
    sha: z.string().nullable(),
    size: z.number().int().nonnegative(),
    content: z.string().nullable(),
    skipped: z.string().optional(),
    target: z.string().nullable().optional(),
    redacted: z.number().int().optional(),
});
const repository = z.object({
    repository_id: z.string(),
    github_url: z.string(),
    owner: z.string().min(1),
    name: z.string().min(1),
});
const parts = {
    snapshot_id: z.string().min(1).max(200).optional(),
    part: z.number().int().min(1).default(1),
    parts: z.number().int().min(1).max(10_000).default(1),
};
export const initialSnapshotSchema = z.object({
    event: z.literal('initial_snapshot'),
    ...parts,
    repository,
    snapshot: z.object({
        commit_sha: z.string().nullable(),
        branch: z.string().nullable(),
        scanned_at: z.string(),
        files: z.array(file),
    }),
});
export const incrementalSnapshotSchema = z.object({
    event: z.literal('incremental_snapshot'),
    ...parts,
    repository,
    snapshot: z.object({
        commit_sha: z.string().nullable(),
        base_commit_sha: z.string().min(1),
        branch: z.string().nullable(),
        scanned_at: z.string(),
        changes: z.object({
            added: z.array(file),
            modified: z.array(file),
            deleted: z.array(z.object({ path: z.string().min(1) })),
            renamed: z.array(file.extend({ from: z.string().min(1) })),
        }),
    }),
});
export const snapshotPayloadSchema = z
    .discriminatedUnion('event', [initialSnapshotSchema, incrementalSnapshotSchema])
    .refine((p) => p.part <= p.parts, { message: 'part must not exceed parts', path: ['part'] })
    .openapi('SnapshotPayload');
export const storedFileSchema = z.object({
    path: z.string(),
    type: z.string(),
    sha: z.string().nullable(),
    size: z.number(),
    skipped: z.string().nullable(),
});
export const latestSnapshotSchema = z
    .object({
    snapshot_id: z.string(),
    event: z.string(),
    commit_sha: z.string().nullable(),
    branch: z.string().nullable(),
    scanned_at: z.string(),
    received_at: z.string(),
    file_count: z.number(),
    files: z.array(storedFileSchema),
})
    .openapi('LatestSnapshot');
