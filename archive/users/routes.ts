/** /api/users: admins list, add and change users (role, name, disabled, password). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { Archive } from '../archive.js';
import { acceptParameters, invalidRequest } from '../http-guards.js';
import { validate } from '../request-validation.js';
import { MESSAGES } from '../messages.js';
import { type AccessControl, type ArchiveEnv, actorOf } from './access.js';
import { Role } from './roles.js';
import { DisplayName, Login, Password, UserExistsError } from './user-store.js';

const NewUser = z.object({ login: Login, displayName: DisplayName, role: Role, password: Password }).strict();
const UserChange = z
  .object({ displayName: DisplayName.optional(), role: Role.optional(), disabled: z.boolean().optional(), password: Password.optional() })
  .strict();

export function createUserRoutes(archive: Archive, access: AccessControl): Hono<ArchiveEnv> {
  const app = new Hono<ArchiveEnv>();
  const { users, audit } = archive;
  app.use('/api/users', acceptParameters(), access.require('manage-users'));
  app.use('/api/users/*', acceptParameters(), access.require('manage-users'));
  app.get('/api/users', (c) => c.json({ users: users.list() }));
  app.post('/api/users', async (c) => {
    const input = validate(NewUser, await c.req.json().catch(() => null), 'ผู้ใช้');
    if (!input.ok) return invalidRequest(c, input.issues);
    try {
      const user = await users.add(input.value);
      audit.record(actorOf(c.get('principal')), 'user-added', { login: user.login, role: user.role });
      return c.json(user, 201);
    } catch (error) {
      if (error instanceof UserExistsError) return c.json({ error: error.message }, 409);
      throw error;
    }
  });
  app.patch('/api/users/:login', async (c) => {
    const login = Login.safeParse(c.req.param('login'));
    const input = validate(UserChange, await c.req.json().catch(() => null), 'ผู้ใช้');
    if (!input.ok) return invalidRequest(c, input.issues);
    if (!login.success || !users.get(login.data)) return c.json({ error: MESSAGES.notFound }, 404);
    const { password, ...change } = input.value;
    if (password !== undefined) await users.setPassword(login.data, password);
    const user = users.update(login.data, change);
    audit.record(actorOf(c.get('principal')), 'user-changed', { login: login.data, ...change, password: password !== undefined });
    return c.json(user);
  });
  return app;
}
