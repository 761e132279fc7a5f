/**
 * Domain errors thrown by services. Mapped once at the boundary: to a tRPC code in
 * `server/api/trpc.ts`, to an HTTP status in route handlers. Messages are written for the
 * person who will read them and say what to do.
 */
export type AppErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_MANY_REQUESTS"
  | "PRECONDITION_FAILED"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE";

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
};

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: {
      retryAfterSeconds?: number;
      field?: string;
      /** Problems tied to parts of a workflow graph (publish refused, import refused). */
      problems?: { nodeId?: string; edgeId?: string; field?: string; message: string }[];
      /** The saved revision a stale save lost to. */
      revision?: number;
    },
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found in this agency.`);
export const forbidden = (message: string) => new AppError("FORBIDDEN", message);
