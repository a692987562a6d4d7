/**
 * The records desk's routes beside the archive's: users, and (with the inbox service) uploads,
 * the intake view, review and corrections, the receipt register and exports.
 */
import { Hono } from 'hono';
import type { Archive } from '../archive.js';
import type { AccessControl, ArchiveEnv } from '../users/access.js';
import { createUserRoutes } from '../users/routes.js';

/** What the desk needs from the inbox service; `saraban api` serves the archive without it. */
export interface DeskServices {}

export function createDeskRoutes(archive: Archive, access: AccessControl, services: DeskServices | undefined): Hono<ArchiveEnv> {
  const app = new Hono<ArchiveEnv>();
  void services;
  app.route('/', createUserRoutes(archive, access));
  return app;
}
