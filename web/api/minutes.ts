import { queryOptions } from '@tanstack/react-query';
import { OkResponse } from '../../common/api/auth';
import { SeriesDetail, SeriesListResponse } from '../../common/api/meetings';
import {
  AccessLogResponse,
  MeetingMinutesResponse,
  type MinutesContentInput,
  MinutesView,
  TimelineResponse,
} from '../../common/api/minutes';
import { api } from './client';

// Minutes, their confirmation, and the person's own record: one function per route, and query options.

const enc = encodeURIComponent;

export const getMinutes = (id: string) => api(MinutesView, 'GET', `/api/minutes/${enc(id)}`);
export const getMeetingMinutes = (meetingId: string) =>
  api(MeetingMinutesResponse, 'GET', `/api/meetings/${enc(meetingId)}/minutes`);
/** Starts the viewer's minutes of a closed meeting, or reopens the ones they already started. */
export const startMinutes = (meetingId: string) => api(MinutesView, 'POST', `/api/meetings/${enc(meetingId)}/minutes`, {});
export const saveMinutesDraft = (id: string, content: MinutesContentInput) =>
  api(MinutesView, 'PUT', `/api/minutes/${enc(id)}/draft`, { content });
export const sendMinutes = (id: string) => api(MinutesView, 'POST', `/api/minutes/${enc(id)}/send`, {});
export const confirmMinutes = (id: string) => api(MinutesView, 'POST', `/api/minutes/${enc(id)}/confirm`, {});
export const proposeCorrection = (id: string, content: MinutesContentInput, reason: string) =>
  api(MinutesView, 'POST', `/api/minutes/${enc(id)}/corrections`, { content, reason });
export const resolveCorrection = (id: string, accept: boolean) =>
  api(MinutesView, 'POST', `/api/minutes/${enc(id)}/corrections/resolve`, { accept });
export const amendMinutes = (id: string, content: MinutesContentInput, reason: string) =>
  api(MinutesView, 'POST', `/api/minutes/${enc(id)}/amendments`, { content, reason });

export const getMinutesTimeline = (seriesId: string) =>
  api(TimelineResponse, 'GET', `/api/series/${enc(seriesId)}/minutes-timeline`);
export const getSeriesForMinutes = (seriesId: string) => api(SeriesDetail, 'GET', `/api/series/${enc(seriesId)}`);
export const getSeriesListForMinutes = () => api(SeriesListResponse, 'GET', '/api/series');

// The mailed link: no session needed.
export const getMinutesByLink = (token: string) => api(MinutesView, 'GET', `/api/minutes/answer/${enc(token)}`);
export const answerByLink = (
  body: { token: string; answer: 'confirm' } | { token: string; answer: 'correct'; content: MinutesContentInput; reason: string },
) => api(OkResponse, 'POST', '/api/minutes/answer', body);

export const getAccessLog = () => api(AccessLogResponse, 'GET', '/api/record/access-log');
export const BUNDLE_URL = '/api/record/bundle';

export const minutesQuery = (id: string) => queryOptions({ queryKey: ['minutes', id], queryFn: () => getMinutes(id) });
export const minutesTimelineQuery = (seriesId: string) =>
  queryOptions({ queryKey: ['minutes-timeline', seriesId], queryFn: () => getMinutesTimeline(seriesId) });
export const seriesForMinutesQuery = (seriesId: string) =>
  queryOptions({ queryKey: ['series', seriesId], queryFn: () => getSeriesForMinutes(seriesId), staleTime: 10_000 });
export const seriesListForMinutesQuery = queryOptions({
  queryKey: ['series'],
  queryFn: getSeriesListForMinutes,
  staleTime: 10_000,
});
export const accessLogQuery = queryOptions({ queryKey: ['record-access-log'], queryFn: getAccessLog });
