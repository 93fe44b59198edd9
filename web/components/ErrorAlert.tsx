import { Alert } from '@mantine/core';
import { errorMessage } from '../api/client';

/** A form- or page-level error, announced to screen readers as it appears. */
export function ErrorAlert({ error, title = 'Something went wrong', id }: { error: unknown; title?: string; id?: string }) {
  if (!error) return null;
  return (
    <Alert id={id} color="red" variant="light" title={title} role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
