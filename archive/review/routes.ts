/**
 * Review and correction: the review queue (most doubtful first) and saving a correction of a
 * letter as a new revision, which the archive indexes at once and the outbox receives as the
 * PDF's new revision.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Archive } from '../archive.js';
import { LetterId } from '../api-schemas.js';
import type { DeskServices } from '../desk/services.js';
import { MESSAGES } from '../messages.js';
import { acceptParameters, invalidRequest } from '../http-guards.js';
import { validate } from '../request-validation.js';
import { type AccessControl, type ArchiveEnv, actorOf } from '../users/access.js';
import { CorrectionInput, correctedValues } from './correction-input.js';

const ReviewPage = z
  .object({ page: z.coerce.number().int().min(1).max(500).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) })
  .strict();

export function createReviewRoutes(archive: Archive, access: AccessControl, services: DeskServices | undefined): Hono<ArchiveEnv> {
  const app = new Hono<ArchiveEnv>();

  app.get('/api/review', acceptParameters('page', 'pageSize'), access.require('correct'), (c) => {
    const query = validate(ReviewPage, c.req.query());
    if (!query.ok) return invalidRequest(c, query.issues);
    return c.json({ page: query.value.page, pageSize: query.value.pageSize, ...archive.reviewQueue.list(query.value.page, query.value.pageSize) });
  });

  app.post('/api/letters/:id/corrections', acceptParameters(), access.require('correct'), async (c) => {
    const id = validate(LetterId, c.req.param('id'), 'รหัสหนังสือ');
    if (!id.ok) return invalidRequest(c, id.issues);
    const input = validate(CorrectionInput, await c.req.json().catch(() => null), 'การแก้ไข');
    if (!input.ok) return invalidRequest(c, input.issues);
    const current = archive.letter(id.value);
    if (!current) return c.json({ error: MESSAGES.noSuchLetter }, 404);
    const { checked, ...fields } = input.value;
    const outcome = archive.correct(id.value, actorOf(c.get('principal')), correctedValues(fields, current.document), checked === true);
    if (!outcome) return c.json({ error: MESSAGES.noSuchLetter }, 404);
    if (outcome.revision) await services?.publishRevision(outcome.result);
    return c.json({ revision: outcome.revision, letter: archive.letter(id.value) }, outcome.revision ? 201 : 200);
  });
  return app;
}
