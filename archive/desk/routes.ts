/**
 * The records desk's routes beside the archive's: users, and (with the inbox service) uploads,
 * the intake view, review and corrections, the receipt register and exports.
 */
import { Hono } from 'hono';
import type { Archive } from '../archive.js';
import type { AccessControl, ArchiveEnv } from '../users/access.js';
import { type Search, createRegisterRoutes } from '../register/routes.js';
import { createReviewRoutes } from '../review/routes.js';
import { createUserRoutes } from '../users/routes.js';
import { createIntakeRoutes } from './intake-routes.js';
import type { DeskServices } from './services.js';

export type { DeskServices } from './services.js';

export function createDeskRoutes(
  archive: Archive,
  access: AccessControl,
  { services, search }: { services: DeskServices | undefined; search: Search },
): Hono<ArchiveEnv> {
  const app = new Hono<ArchiveEnv>();
  app.route('/', createUserRoutes(archive, access));
  app.route('/', createIntakeRoutes(access, services));
  app.route('/', createReviewRoutes(archive, access, services));
  app.route('/', createRegisterRoutes(archive, access, search));
  return app;
}
