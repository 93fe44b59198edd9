import { queryOptions } from '@tanstack/react-query';
import {
  type ChangeObjectiveInput,
  type CreateObjectiveInput,
  CreatedResponse,
  MeetingObjectiveChangesResponse,
  ObjectiveDetail,
  ObjectivesResponse,
  OverviewResponse,
  TimelineResponse,
} from '../../common/api/objectives';
import { ObjectiveCyclesBody } from '../../common/api/objectives';
import { api } from './client';

// Objectives and their history: one function per route, and query options.

const enc = encodeURIComponent;

export const getOverview = () => api(OverviewResponse, 'GET', '/api/objectives');
export const getObjectives = (personId: string) => api(ObjectivesResponse, 'GET', `/api/people/${enc(personId)}/objectives`);
export const getTimeline = (personId: string, range: { from?: string; to?: string } = {}) => {
  const q = new URLSearchParams(Object.entries(range).filter(([, v]) => v) as [string, string][]).toString();
  return api(TimelineResponse, 'GET', `/api/people/${enc(personId)}/objectives/timeline${q ? `?${q}` : ''}`);
};
export const getObjective = (id: string) => api(ObjectiveDetail, 'GET', `/api/objectives/${enc(id)}`);
export const createObjective = (personId: string, body: Partial<CreateObjectiveInput>) =>
  api(CreatedResponse, 'POST', `/api/people/${enc(personId)}/objectives`, body);
export const changeObjective = (id: string, body: ChangeObjectiveInput) =>
  api(ObjectiveDetail, 'POST', `/api/objectives/${enc(id)}/changes`, body);
export const agreeObjective = (id: string) => api(ObjectiveDetail, 'POST', `/api/objectives/${enc(id)}/agree`, {});
export const answerProposal = (id: string, answer: 'accept' | 'accept_with_comment' | 'dispute', comment: string | null) =>
  api(ObjectiveDetail, 'POST', `/api/objectives/${enc(id)}/answer`, { answer, comment });
export const addNote = (id: string, text: string, notedOn?: string) =>
  api(ObjectiveDetail, 'POST', `/api/objectives/${enc(id)}/notes`, { text, ...(notedOn ? { notedOn } : {}) });
export const getMeetingObjectiveChanges = (meetingId: string) =>
  api(MeetingObjectiveChangesResponse, 'GET', `/api/meetings/${enc(meetingId)}/objective-changes`);

export const overviewQuery = queryOptions({ queryKey: ['objectives-overview'], queryFn: getOverview, staleTime: 10_000 });
export const objectivesQuery = (personId: string) =>
  queryOptions({ queryKey: ['objectives', personId], queryFn: () => getObjectives(personId) });
export const timelineQuery = (personId: string, range: { from?: string; to?: string } = {}) =>
  queryOptions({
    queryKey: ['objectives-timeline', personId, range.from ?? '', range.to ?? ''],
    queryFn: () => getTimeline(personId, range),
  });
export const objectiveQuery = (id: string) => queryOptions({ queryKey: ['objective', id], queryFn: () => getObjective(id) });

export const objectiveCyclesQuery = queryOptions({
  queryKey: ['objective-cycles'],
  queryFn: () => api(ObjectiveCyclesBody, 'GET', '/api/admin/objective-cycles'),
});
export const saveObjectiveCycles = (body: ObjectiveCyclesBody) =>
  api(ObjectiveCyclesBody, 'PUT', '/api/admin/objective-cycles', body);
