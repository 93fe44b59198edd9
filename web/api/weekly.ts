import { queryOptions } from '@tanstack/react-query';
import { OkResponse } from '../../common/api/auth';
import {
  HistoryResponse,
  NoticesResponse,
  PreferencesView,
  TeamWeekResponse,
  type WeeklyContentInput,
  WeeklyEditorView,
  type WeeklyPreferencesInput,
  WeeklyUpdateView,
} from '../../common/api/weekly';
import { api } from './client';

// Weekly updates: one function per route, and their query options.

const enc = encodeURIComponent;

export const getWeeklyEditor = (week?: string) =>
  api(WeeklyEditorView, 'GET', `/api/weekly/editor${week ? `?week=${enc(week)}` : ''}`);
export const saveWeeklyDraft = (week: string, content: WeeklyContentInput) =>
  api(WeeklyEditorView, 'PUT', `/api/weekly/weeks/${enc(week)}/draft`, { content });
export const sendWeeklyUpdate = (week: string, content: WeeklyContentInput) =>
  api(WeeklyUpdateView, 'POST', `/api/weekly/weeks/${enc(week)}/send`, { content });
export const getWeeklyUpdate = (id: string) => api(WeeklyUpdateView, 'GET', `/api/weekly/updates/${enc(id)}`);
export const markWeeklyRead = (id: string) => api(WeeklyUpdateView, 'POST', `/api/weekly/updates/${enc(id)}/read`, {});
export const acknowledgeWeekly = (id: string) => api(WeeklyUpdateView, 'POST', `/api/weekly/updates/${enc(id)}/acknowledge`, {});
export const commentWeekly = (id: string, text: string) =>
  api(WeeklyUpdateView, 'POST', `/api/weekly/updates/${enc(id)}/comments`, { text });
export const answerAsk = (id: string, text: string) => api(OkResponse, 'POST', `/api/weekly/asks/${enc(id)}/answer`, { text });
export const closeWaiting = (id: string) => api(OkResponse, 'POST', `/api/weekly/waiting/${enc(id)}/close`, {});
export const getWeeklyHistory = (personId: string, q: string) =>
  api(HistoryResponse, 'GET', `/api/weekly/people/${enc(personId)}/history${q ? `?q=${enc(q)}` : ''}`);
export const getTeamWeek = (week?: string) => api(TeamWeekResponse, 'GET', `/api/weekly/team${week ? `?week=${enc(week)}` : ''}`);
export const getWeeklyNotices = () => api(NoticesResponse, 'GET', '/api/weekly/notices');
export const readWeeklyNotices = () => api(OkResponse, 'POST', '/api/weekly/notices/read', {});
export const getWeeklyPreferences = () => api(PreferencesView, 'GET', '/api/weekly/preferences');
export const saveWeeklyPreferences = (prefs: WeeklyPreferencesInput) =>
  api(PreferencesView, 'PUT', '/api/weekly/preferences', prefs);

export const weeklyEditorQuery = (week?: string) =>
  queryOptions({ queryKey: ['weekly', 'editor', week ?? 'current'], queryFn: () => getWeeklyEditor(week) });
export const weeklyUpdateQuery = (id: string) =>
  queryOptions({ queryKey: ['weekly', 'update', id], queryFn: () => getWeeklyUpdate(id) });
export const weeklyHistoryQuery = (personId: string, q: string) =>
  queryOptions({ queryKey: ['weekly', 'history', personId, q], queryFn: () => getWeeklyHistory(personId, q) });
export const teamWeekQuery = (week?: string) =>
  queryOptions({ queryKey: ['weekly', 'team', week ?? 'current'], queryFn: () => getTeamWeek(week) });
export const weeklyNoticesQuery = queryOptions({ queryKey: ['weekly', 'notices'], queryFn: getWeeklyNotices });
export const weeklyPreferencesQuery = queryOptions({ queryKey: ['weekly', 'preferences'], queryFn: getWeeklyPreferences });
