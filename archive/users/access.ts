/**
 * Who is asking, and may they: every /api request is identified by its session cookie (people)
 * or its bearer token (machines); without users and without a token the archive stays open
 * for reading, as before sign-in existed. Changes need a session's CSRF token (or the bearer
 * token, which a browser never sends by itself) and the right permission.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AuditLog } from '../audit-log.js';
import { acceptParameters, bearerTokenOf, tokensMatch } from '../http-guards.js';
import { MESSAGES, PERMISSION_ACTIONS } from '../messages.js';
import { OPEN_PERMISSIONS, type Permission, ROLE_LABELS, ROLE_PERMISSIONS, TOKEN_PERMISSIONS } from './roles.js';
import {
  CSRF_HEADER,
  SESSION_COOKIE,
  SESSION_SECONDS,
  type SessionClaims,
  csrfToken,
  csrfTokenMatches,
  decodeClaims,
  encodeClaims,
  newClaims,
} from './sessions.js';
import { SignInThrottle } from './sign-in-throttle.js';
import type { UserStore, UserWithSession } from './user-store.js';

export type Principal =
  | { kind: 'user'; user: UserWithSession; claims: SessionClaims; permissions: readonly Permission[] }
  | { kind: 'token'; permissions: readonly Permission[] }
  | { kind: 'open'; permissions: readonly Permission[] };

export type ArchiveEnv = { Variables: { principal: Principal | null } };

/** The name a correction or an export is recorded under. */
export function actorOf(principal: Principal | null): string {
  if (principal?.kind === 'user') return principal.user.login;
  return principal?.kind === 'token' ? 'api-token' : 'anonymous';
}

export interface AccessOptions {
  users: UserStore;
  audit: AuditLog;
  secret: Uint8Array<ArrayBuffer>;
  /** Bearer token for machines; none when undefined. */
  token: string | undefined;
  /** The inbox service is running (uploads and the intake view are there). */
  service: boolean;
}

const SignIn = z.object({ login: z.string().max(64), password: z.string().max(200) }).strict();
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class AccessControl {
  private readonly throttle = new SignInThrottle();

  constructor(private readonly options: AccessOptions) {}

  /** Sets c.var.principal from the bearer token or the session cookie (null: nobody known). */
  readonly identify: MiddlewareHandler<ArchiveEnv> = async (c, next) => {
    const header = c.req.header('Authorization');
    if (header !== undefined) {
      if (!this.tokenMatches(header)) return this.refuseToken(c);
      c.set('principal', { kind: 'token', permissions: TOKEN_PERMISSIONS });
      return next();
    }
    c.set('principal', await this.sessionPrincipal(c));
    await next();
  };

  /** Past the session routes: somebody must be known (unless the archive is open) and changes need CSRF. */
  readonly enforce: MiddlewareHandler<ArchiveEnv> = async (c, next) => {
    let principal = c.get('principal');
    if (!principal) {
      if (this.options.users.hasUsers()) return c.json({ error: MESSAGES.signInRequired }, 401);
      if (this.options.token) return this.refuseToken(c);
      principal = { kind: 'open', permissions: OPEN_PERMISSIONS };
      c.set('principal', principal);
    }
    if (UNSAFE_METHODS.has(c.req.method) && principal.kind === 'user' && !this.csrfOk(c, principal.claims)) {
      return c.json({ error: MESSAGES.csrfMissing }, 403);
    }
    await next();
  };

  /** GET, POST (sign in) and DELETE (sign out) /api/session. */
  sessionRoutes(): Hono<ArchiveEnv> {
    const app = new Hono<ArchiveEnv>();
    app.use('/api/session', acceptParameters());
    app.get('/api/session', (c) => c.json(this.describe(c.get('principal'))));
    app.post('/api/session', async (c) => {
      const input = SignIn.safeParse(await c.req.json().catch(() => null));
      if (!input.success) return c.json({ error: MESSAGES.invalidRequest }, 400);
      const { login, password } = input.data;
      if (this.throttle.isLocked(login)) return c.json({ error: MESSAGES.signInThrottled }, 429);
      const user = await this.options.users.authenticate(login, password);
      if (!user) {
        this.throttle.failed(login);
        this.options.audit.record(login.slice(0, 64), 'sign-in-failed');
        return c.json({ error: MESSAGES.signInFailed }, 401);
      }
      this.throttle.succeeded(login);
      const claims = newClaims(user, nowSeconds());
      await setSignedCookie(c, SESSION_COOKIE, encodeClaims(claims), this.options.secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'Strict',
        secure: new URL(c.req.url).protocol === 'https:',
        maxAge: SESSION_SECONDS,
      });
      this.options.audit.record(user.login, 'sign-in');
      return c.json(this.describe({ kind: 'user', user, claims, permissions: ROLE_PERMISSIONS[user.role] }));
    });
    app.delete('/api/session', (c) => {
      const principal = c.get('principal');
      if (principal?.kind !== 'user') return c.json(this.describe(null));
      if (!this.csrfOk(c, principal.claims)) return c.json({ error: MESSAGES.csrfMissing }, 403);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      this.options.audit.record(principal.user.login, 'sign-out');
      return c.json(this.describe(null));
    });
    return app;
  }

  /** Route guard: the principal must hold `permission`. */
  require(permission: Permission): MiddlewareHandler<ArchiveEnv> {
    return async (c, next) => {
      const principal = c.get('principal');
      if (principal?.permissions.includes(permission)) return next();
      const message =
        principal?.kind === 'open' && permission !== 'read' ? MESSAGES.noUsersYet : MESSAGES.forbidden(PERMISSION_ACTIONS[permission]);
      return c.json({ error: message }, 403);
    };
  }

  private describe(principal: Principal | null) {
    const user = principal?.kind === 'user' ? principal.user : null;
    return {
      signInAvailable: this.options.users.hasUsers(),
      service: this.options.service,
      tokenRequired: this.options.token !== undefined,
      user: user && { login: user.login, displayName: user.displayName, role: user.role, roleLabel: ROLE_LABELS[user.role] },
      permissions: principal?.permissions ?? [],
      csrf: principal?.kind === 'user' ? csrfToken(this.options.secret, principal.claims) : null,
    };
  }

  private async sessionPrincipal(c: Context): Promise<Principal | null> {
    const value = await getSignedCookie(c, this.options.secret, SESSION_COOKIE);
    const claims = value ? decodeClaims(value, nowSeconds()) : null;
    const user = claims ? this.options.users.getById(claims.userId) : null;
    if (!claims || !user || user.disabled || user.sessionVersion !== claims.sessionVersion) return null;
    return { kind: 'user', user, claims, permissions: ROLE_PERMISSIONS[user.role] };
  }

  private csrfOk(c: Context, claims: SessionClaims): boolean {
    const origin = c.req.header('Origin');
    if (origin !== undefined && origin !== new URL(c.req.url).origin) return false;
    return csrfTokenMatches(this.options.secret, claims, c.req.header(CSRF_HEADER));
  }

  private tokenMatches(header: string): boolean {
    return this.options.token !== undefined && tokensMatch(bearerTokenOf(header), this.options.token);
  }

  private refuseToken(c: Context) {
    c.header('WWW-Authenticate', 'Bearer');
    return c.json({ error: MESSAGES.tokenRequired }, 401);
  }
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
