/** Every error the receiver answers with has this shape: `{error: {code, message, details}}`. */
export class ApiError extends Error {
    status;
    code;
    details;
    headers;
    constructor(status, code, message, details = null, headers = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.headers = headers;
        this.name = 'ApiError';
    }
}
export const notFound = (what) => new ApiError(404, 'NOT_FOUND', `${what} was not found`);
export function errorBody(code, message, details = null) {
    return { error: { code, message, details } };
}
export function respondError(c, error) {
    for (const [name, value] of Object.entries(error.headers))
        c.header(name, value);
    return c.json(errorBody(error.code, error.message, error.details), error.status);
}
