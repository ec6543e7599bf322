import { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from '../errors.js';
/** A sub-app whose schema failures become 400s with field paths, in the one error shape. */
export function newRouter() {
    return new OpenAPIHono({
        defaultHook: (result) => {
            if (!result.success) {
                throw new ApiError(400, 'VALIDATION_FAILED', 'The request does not match the schema; see details for each field.', result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
            }
        },
    });
}
export const errorSchemaRef = { $ref: '#/components/schemas/Error' };
