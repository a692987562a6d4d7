/**
 * Receiving in the browser: upload PDFs (clerks), watch the intake (everyone), retry a PDF from
 * quarantine (clerks), read a delivered PDF again (clerks). Uploads go into the inbox folder
 * and from there through the same intake as any dropped file.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { Hono } from 'hono';
import { z } from 'zod';
import { UploadRefused } from '../../workers/inbox/uploads.js';
import { Sha256 } from '../api-schemas.js';
import { MESSAGES } from '../messages.js';
import { acceptParameters, invalidRequest } from '../http-guards.js';
import { validate } from '../request-validation.js';
import { type AccessControl, type ArchiveEnv, actorOf } from '../users/access.js';
import type { DeskServices } from './services.js';

const UploadQuery = z.object({ name: z.string().min(1).max(400) }).strict();

export function createIntakeRoutes(access: AccessControl, services: DeskServices | undefined): Hono<ArchiveEnv> {
  const app = new Hono<ArchiveEnv>();
  const unavailable = () => Response.json({ error: MESSAGES.needsService }, { status: 503 });

  app.post('/api/uploads', acceptParameters('name'), access.require('upload'), async (c) => {
    if (!services) return unavailable();
    const query = validate(UploadQuery, c.req.query());
    if (!query.ok) return invalidRequest(c, query.issues);
    const body = c.req.raw.body;
    if (!body) return c.json({ error: MESSAGES.invalidRequest }, 400);
    try {
      // A web stream read as the Node stream it is, chunk by chunk.
      const chunks = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
      const outcome = await services.receiveUpload({ name: query.value.name, body: chunks, uploadedBy: actorOf(c.get('principal')) });
      return c.json(outcome, 201);
    } catch (error) {
      if (error instanceof UploadRefused) return c.json({ error: error.message }, error.status);
      throw error;
    }
  });

  app.get('/api/intake', acceptParameters(), access.require('read'), async (c) => (services ? c.json(await services.intakeView()) : unavailable()));

  app.post('/api/intake/:sha256/retry', acceptParameters(), access.require('upload'), async (c) => {
    if (!services) return unavailable();
    const sha256 = validate(Sha256, c.req.param('sha256'), 'รหัสแฟ้ม');
    if (!sha256.ok) return invalidRequest(c, sha256.issues);
    return (await services.retry(sha256.value)) ? c.json({ queued: true }) : c.json({ error: MESSAGES.notInQuarantine }, 409);
  });

  app.post('/api/intake/:sha256/reprocess', acceptParameters(), access.require('correct'), async (c) => {
    if (!services) return unavailable();
    const sha256 = validate(Sha256, c.req.param('sha256'), 'รหัสแฟ้ม');
    if (!sha256.ok) return invalidRequest(c, sha256.issues);
    return (await services.reprocess(sha256.value)) ? c.json({ queued: true }) : c.json({ error: MESSAGES.notDelivered }, 409);
  });
  return app;
}
