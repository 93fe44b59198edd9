import type { z } from 'zod';
import { ErrorResponse } from '../../common/api/auth';

/** An error the API answered with (or a network failure, status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: Array<{ path: string; message: string }>;
  /** The whole body, for endpoints that add fields (such as the import's `errors`). */
  readonly body: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    issues: Array<{ path: string; message: string }> = [],
    body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.body = body;
  }

  /** The message for one field, if the server named it in `issues`. */
  fieldError(path: string): string | undefined {
    return this.issues.find((issue) => issue.path === path || issue.path.endsWith(`.${path}`))?.message;
  }
}

let csrfToken: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  const response = await fetch('/api/csrf', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) throw await toApiError(response);
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== 'string') throw new ApiError(response.status, 'bad_response', 'The server sent no CSRF token.');
  return body.token;
}

function getCsrfToken(): Promise<string> {
  if (!csrfToken) {
    csrfToken = fetchCsrfToken().catch((error: unknown) => {
      csrfToken = null;
      throw error;
    });
  }
  return csrfToken;
}

/** Forget the CSRF token, so the next write fetches a fresh one (after sign-in and sign-out). */
export function resetCsrfToken(): void {
  csrfToken = null;
}

/** Fetch a token now, so the first form submission does not wait for it. */
export function prefetchCsrfToken(): void {
  getCsrfToken().catch(() => undefined);
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const parsed = ErrorResponse.safeParse(body);
  if (parsed.success) {
    return new ApiError(response.status, parsed.data.error, parsed.data.message, parsed.data.issues ?? [], body);
  }
  const fallback =
    response.status === 429
      ? 'Too many attempts. Please wait a moment and try again.'
      : `The server answered ${response.status} ${response.statusText}.`.replace(' .', '.');
  return new ApiError(response.status, 'http_error', fallback, [], body);
}

function isCsrfFailure(error: ApiError): boolean {
  return error.status === 403 && /csrf/i.test(`${error.code} ${error.message}`);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function send(method: Method, path: string, body: unknown, retried: boolean): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, credentials: 'same-origin', headers };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    headers['x-csrf-token'] = await getCsrfToken();
    init.body = JSON.stringify(body ?? {});
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
  }
  if (response.ok) return response;
  const error = await toApiError(response);
  if (!retried && method !== 'GET' && isCsrfFailure(error)) {
    resetCsrfToken();
    return send(method, path, body, true);
  }
  throw error;
}

/**
 * Call the API and check the answer against its schema from common/. A response that does not
 * match is reported rather than trusted, so a contract drift shows up at once.
 */
export async function api<S extends z.ZodType>(schema: S, method: Method, path: string, body?: unknown): Promise<z.infer<S>> {
  const response = await send(method, path, body, false);
  const json: unknown = response.status === 204 ? {} : await response.json();
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    console.error('Unexpected response from', path, parsed.error);
    throw new ApiError(response.status, 'bad_response', 'The server sent an unexpected response.');
  }
  return parsed.data;
}

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
