import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface Variants {
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

// Per body (the cached Buffer itself is the key, so a variant lives exactly as long as its body):
// the entity tag, and the compressed forms, each made once on first use.
const variants = new WeakMap<Buffer, Variants>();
const encodings = new Negotiator({ supportedValues: ['br', 'gzip', 'identity'] });
const MIN_COMPRESS = 1024;

/**
 * Sends JSON bytes that a query keeps cached while nothing changed (the directory): answers 304
 * when the browser already has them (ETag), otherwise the compressed form the client accepts,
 * compressed once per body rather than once per request.
 */
export function sendCachedJson(req: FastifyRequest, reply: FastifyReply, body: Buffer): FastifyReply {
  let v = variants.get(body);
  if (!v) {
    v = { etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    variants.set(body, v);
  }
  reply.header('etag', v.etag).header('cache-control', 'private, no-cache').header('vary', 'accept-encoding');
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch?.split(',').some((t) => t.trim().replace(/^W\//, '') === v.etag)) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  const accept = req.headers['accept-encoding'];
  const encoding = body.length >= MIN_COMPRESS && accept ? encodings.negotiate(accept) : null;
  if (encoding === 'br') {
    v.br ??= brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    return reply.header('content-encoding', 'br').send(v.br);
  }
  if (encoding === 'gzip') {
    v.gzip ??= gzipSync(body, { level: 6 });
    return reply.header('content-encoding', 'gzip').send(v.gzip);
  }
  return reply.send(body);
}
