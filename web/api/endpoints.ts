import { z } from 'zod';
import { CheckerSettingsBody, ImportPreview, ImportResult, OutboxResponse } from '../../common/api/admin';
import {
  CsrfResponse,
  InvitationInfo,
  OkResponse,
  type SessionResponse as Session,
  SessionResponse,
  type SignInBody,
  type SignUpBody,
} from '../../common/api/auth';
import {
  type ChangeManagerBody,
  DirectoryResponse,
  type InvitePersonBody,
  PersonDetail,
  PersonSummary,
} from '../../common/api/people';
import { ApiError, api } from './client';

// One function per API route, typed by the schemas in common/.

export async function getSession(): Promise<Session | null> {
  try {
    return await api(SessionResponse, 'GET', '/api/auth/session');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const signUp = (body: SignUpBody) => api(SessionResponse, 'POST', '/api/auth/sign-up', body);
export const signIn = (body: SignInBody) => api(SessionResponse, 'POST', '/api/auth/sign-in', body);
export const signOut = () => api(OkResponse, 'POST', '/api/auth/sign-out', {});
export const requestPasswordReset = (email: string) => api(OkResponse, 'POST', '/api/auth/password-reset/request', { email });
export const completePasswordReset = (token: string, password: string) =>
  api(OkResponse, 'POST', '/api/auth/password-reset/complete', { token, password });

export const getInvitation = (token: string) => api(InvitationInfo, 'GET', `/api/invitations/${encodeURIComponent(token)}`);
export const acceptInvitation = (token: string, password: string) =>
  api(SessionResponse, 'POST', '/api/invitations/accept', { token, password });

export const getDirectory = () => api(DirectoryResponse, 'GET', '/api/people');
export const getPerson = (id: string) => api(PersonDetail, 'GET', `/api/people/${encodeURIComponent(id)}`);
export const invitePerson = (body: InvitePersonBody) => api(PersonSummary, 'POST', '/api/people/invitations', body);
export const changeManager = (id: string, body: ChangeManagerBody) =>
  api(PersonDetail, 'PUT', `/api/people/${encodeURIComponent(id)}/manager`, body);

export const previewImport = (csv: string) => api(ImportPreview, 'POST', '/api/admin/import/preview', { csv });
export const runImport = (csv: string) => api(ImportResult, 'POST', '/api/admin/import', { csv });
export const getOutbox = () => api(OutboxResponse, 'GET', '/api/admin/outbox');
export const getCheckerSettings = () => api(CheckerSettingsBody, 'GET', '/api/admin/checker-settings');
export const saveCheckerSettings = (body: CheckerSettingsBody) =>
  api(CheckerSettingsBody, 'PUT', '/api/admin/checker-settings', body);

export const getCsrf = () => api(CsrfResponse, 'GET', '/api/csrf');

/** The `errors` array a rejected import carries. */
export function importErrorsOf(error: unknown): Array<{ line: number; message: string }> {
  if (!(error instanceof ApiError)) return [];
  const parsed = z.object({ errors: z.array(z.object({ line: z.number(), message: z.string() })) }).safeParse(error.body);
  return parsed.success ? parsed.data.errors : [];
}
