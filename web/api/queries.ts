import { queryOptions } from '@tanstack/react-query';
import { getDirectory, getOutbox, getPerson, getSession } from './endpoints';

// Query keys and loaders in one place, shared by route guards and pages.

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: getSession,
  staleTime: 60_000,
});

export const directoryQuery = queryOptions({
  queryKey: ['people'],
  queryFn: getDirectory,
  staleTime: 30_000,
});

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: ['people', id],
    queryFn: () => getPerson(id),
    staleTime: 30_000,
  });

export const outboxQuery = queryOptions({
  queryKey: ['outbox'],
  queryFn: getOutbox,
});
