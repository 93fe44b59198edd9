import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../domain/errors';

/** One error shape for the whole API: {error, message, issues?}; never a 500 for bad input. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues = err.validation.map((v) => {
      const where = String(err.validationContext ?? 'body');
      const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const unknown = (v.params as { issue?: { keys?: string[] } })?.issue?.keys;
      const path = [where, field].filter(Boolean).join('.');
      return { path, message: unknown ? `unknown field(s): ${unknown.join(', ')}` : (v.message ?? 'is invalid') };
    });
    return reply.code(400).send({
      error: 'invalid_request',
      message: `Please fix: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`.slice(0, 1000),
      issues,
    });
  }
  if (err instanceof DomainError) {
    return reply.code(err.status).send({ error: err.code, message: err.message, ...(err.details ?? {}) });
  }
  const status = err.statusCode ?? 500;
  if (status === 429) return reply.code(429).send({ error: 'rate_limited', message: err.message });
  if (err.code?.startsWith('FST_CSRF')) {
    return reply.code(403).send({ error: 'csrf', message: 'The form token is missing or stale. Reload the page and try again.' });
  }
  if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError) {
    return reply.code(400).send({ error: 'invalid_json', message: `The request body is not valid JSON: ${err.message}` });
  }
  if (status >= 400 && status < 500) {
    return reply.code(status).send({ error: err.code ?? 'bad_request', message: err.message });
  }
  req.log.error(err);
  return reply
    .code(500)
    .send({ error: 'internal', message: 'Something went wrong on our side and nothing was saved. Try again.' });
}
