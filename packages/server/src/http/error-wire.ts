/**
 * The body of every error answer of the API, as the server sends it and the
 * web app reads it: a stable code to branch on, a message that says how to
 * fix the request, and the individual problems when there are several.
 */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export const errorBody = (code: string, message: string, details?: unknown): ApiErrorBody => ({
  error: { code, message, ...(details !== undefined ? { details } : {}) },
});
