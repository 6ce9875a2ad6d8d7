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

/** An error answer of the API: its status, a stable code and a message that says how to fix the request. The server throws it; the web app's client raises it from an answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get body(): ApiErrorBody {
    return errorBody(this.code, this.message, this.details);
  }
}
