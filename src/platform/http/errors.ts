import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, statusOf } from '../errors/index.ts';

type Issue = {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[]; message?: string } };
};

/** `body.company.orgNr`, from a validation issue and the part of the request it was found in. */
function fieldOf(context: string | undefined, issue: Issue): string {
  const path = issue.params?.issue?.path ?? (issue.instancePath ?? '').split('/').filter(Boolean);
  return [context ?? 'body', ...path.map(String)].join('.');
}

/**
 * The one error handler. 4xx bodies name the field and the problem; 5xx bodies say nothing
 * but the request id. Never a stack trace, never the rejected value (it may be personal data).
 */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields = (err.validation as Issue[]).map((i) => {
      const field = fieldOf(err.validationContext, i);
      const message = i.params?.issue?.message ?? i.message ?? 'invalid';
      return { field, message };
    });
    return reply.code(400).send({
      error: 'validation',
      message: fields.map((f) => `${f.field}: ${f.message}`).join('; '),
      fields,
      requestId: req.id,
    });
  }
  if (err instanceof AppError) {
    const status = statusOf(err.code);
    if (status >= 500) req.log.warn({ code: err.code }, 'unavailable');
    return reply.code(status).send({ error: err.code, message: err.message, fields: err.fields, requestId: req.id });
  }
  if (!isResponseSerializationError(err) && err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    // Fastify's own client errors: malformed JSON, wrong content type, body too large.
    return reply
      .code(err.statusCode)
      .send({ error: 'bad_request', message: err.message, fields: [], requestId: req.id });
  }
  req.log.error({ err: scrub(err) }, 'request failed');
  return reply.code(500).send({ error: 'internal', message: 'Internal error', requestId: req.id });
}

/**
 * A server-side error for the log without the values that may be personal data: a failed
 * query's parameters, PostgreSQL's `detail` ("Key (email)=(…) already exists").
 */
export function scrub(err: unknown): { type: string; message: string; code?: string; stack?: string } {
  const e = err as { name?: string; message?: string; code?: string; stack?: string; cause?: unknown };
  const firstLine = (s: string | undefined) => (s ?? '').split('\n')[0]!.replace(/params:.*$/i, '');
  const cause = e.cause as { message?: string; code?: string } | undefined;
  return {
    type: e.name ?? 'Error',
    message: firstLine(e.message) + (cause?.message ? ` (cause: ${firstLine(cause.message)})` : ''),
    ...((e.code ?? cause?.code) ? { code: e.code ?? cause?.code } : {}),
    // Only the frames: the lines above them repeat the message, and a query's parameters.
    ...(e.stack
      ? {
          stack: e.stack
            .split('\n')
            .filter((l) => /^\s+at /.test(l))
            .join('\n'),
        }
      : {}),
  };
}
