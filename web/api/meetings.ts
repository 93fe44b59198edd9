import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { OkResponse } from '../../common/api/auth';
import {
  type AddActionBody,
  type AddPointBody,
  CalendarFeedCreated,
  CalendarFeedStatus,
  type CreateSeriesBody,
  MeetingView,
  MyActionsResponse,
  type OffRecordPolicy,
  OffRecordPolicyBody,
  OpenedMeeting,
  type OpenMeetingBody,
  SeriesDetail,
  SeriesListResponse,
  type TemplateBody,
  TemplatesResponse,
  type UpdateActionBody,
  type UpdatePointBody,
  type UpdateScheduleBody,
} from '../../common/api/meetings';
import { ApiError, api } from './client';

// 1:1 series and meetings: one function per route, and their query options.

const enc = encodeURIComponent;
const Version = z.object({ version: z.number() });

export const getMySeries = () => api(SeriesListResponse, 'GET', '/api/series');
export const getSeries = (id: string) => api(SeriesDetail, 'GET', `/api/series/${enc(id)}`);
export const createSeries = (body: CreateSeriesBody) => api(z.object({ seriesId: z.string() }), 'POST', '/api/series', body);
export const updateSeriesSchedule = (seriesId: string, body: UpdateScheduleBody) =>
  api(SeriesDetail, 'PUT', `/api/series/${enc(seriesId)}/schedule`, body);
export const openMeeting = (seriesId: string, body: OpenMeetingBody) =>
  api(OpenedMeeting, 'POST', `/api/series/${enc(seriesId)}/meetings`, body);
export const getMeeting = (id: string) => api(MeetingView, 'GET', `/api/meetings/${enc(id)}`);
export const closeMeeting = (id: string) => api(MeetingView, 'POST', `/api/meetings/${enc(id)}/close`, {});
export const moveMeeting = (id: string, startsAt: string) =>
  api(MeetingView, 'PUT', `/api/meetings/${enc(id)}/schedule`, { startsAt });
export const skipMeeting = (id: string) => api(MeetingView, 'POST', `/api/meetings/${enc(id)}/skip`, {});
export const addPoint = (id: string, body: AddPointBody) => api(MeetingView, 'POST', `/api/meetings/${enc(id)}/points`, body);
export const applyTemplate = (id: string, templateId: string) =>
  api(MeetingView, 'POST', `/api/meetings/${enc(id)}/template`, { templateId });
export const updatePoint = (id: string, body: UpdatePointBody) => api(MeetingView, 'PATCH', `/api/points/${enc(id)}`, body);
export const movePoint = (id: string, direction: 'up' | 'down') =>
  api(MeetingView, 'POST', `/api/points/${enc(id)}/move`, { direction });
export const deletePoint = (id: string) => api(MeetingView, 'DELETE', `/api/points/${enc(id)}`, {});
export const saveMeetingNotes = (id: string, text: string, version: number) =>
  api(Version, 'PUT', `/api/meetings/${enc(id)}/notes`, { text, version });
export const savePointNotes = (id: string, text: string, version: number) =>
  api(Version, 'PUT', `/api/points/${enc(id)}/notes`, { text, version });
export const savePrivateNote = (id: string, text: string, version: number) =>
  api(Version, 'PUT', `/api/meetings/${enc(id)}/private-note`, { text, version });
export const acknowledgePrivateNotes = () => api(OkResponse, 'POST', '/api/private-notes/acknowledge', {});
export const addAction = (id: string, body: AddActionBody) => api(MeetingView, 'POST', `/api/meetings/${enc(id)}/actions`, body);
export const updateAction = (id: string, body: UpdateActionBody) => api(OkResponse, 'PATCH', `/api/actions/${enc(id)}`, body);
export const getMyActions = () => api(MyActionsResponse, 'GET', '/api/my-actions');
export const getTemplates = () => api(TemplatesResponse, 'GET', '/api/meeting-templates');
export const createTemplate = (body: TemplateBody) => api(TemplatesResponse, 'POST', '/api/admin/meeting-templates', body);
export const deleteTemplate = (id: string) => api(TemplatesResponse, 'DELETE', `/api/admin/meeting-templates/${enc(id)}`, {});
export const getOffRecordPolicy = () => api(OffRecordPolicyBody, 'GET', '/api/admin/off-record-policy');
export const saveOffRecordPolicy = (body: OffRecordPolicy) =>
  api(OffRecordPolicyBody, 'PUT', '/api/admin/off-record-policy', body);
export const getCalendarFeed = () => api(CalendarFeedStatus, 'GET', '/api/calendar-feed');
export const rotateCalendarFeed = () => api(CalendarFeedCreated, 'POST', '/api/calendar-feed', {});
export const revokeCalendarFeed = () => api(OkResponse, 'DELETE', '/api/calendar-feed', {});

/** The current text and version a stale save was refused with (409), if this is one. */
export function staleVersionOf(error: unknown): { text: string; version: number } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = z.object({ current: z.object({ text: z.string(), version: z.number() }) }).safeParse(error.body);
  return parsed.success ? parsed.data.current : null;
}

export const mySeriesQuery = queryOptions({ queryKey: ['series'], queryFn: getMySeries, staleTime: 10_000 });
export const seriesQuery = (id: string) =>
  queryOptions({ queryKey: ['series', id], queryFn: () => getSeries(id), staleTime: 10_000 });
export const meetingQuery = (id: string) => queryOptions({ queryKey: ['meeting', id], queryFn: () => getMeeting(id) });
export const myActionsQuery = queryOptions({ queryKey: ['my-actions'], queryFn: getMyActions });
export const templatesQuery = queryOptions({ queryKey: ['meeting-templates'], queryFn: getTemplates, staleTime: 60_000 });
export const offRecordPolicyQuery = queryOptions({ queryKey: ['off-record-policy'], queryFn: getOffRecordPolicy });
export const calendarFeedQuery = queryOptions({ queryKey: ['calendar-feed'], queryFn: getCalendarFeed });
