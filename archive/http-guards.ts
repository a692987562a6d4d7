/**
 * The checks every saraban HTTP route is built from (the archive API and page, the service's
 * /healthz and /metrics, and routes added later), each a small Hono middleware:
 *
 *   requireKnownHost     without an API token, answer only requests addressed to an IP address,
 *                        localhost or a configured name: a web page whose own name was pointed
 *                        at this machine (DNS rebinding) gets nothing
 *   requireBearerToken   Authorization: Bearer <token>; the scheme in any case, the token compared
 *                        in constant time
 *   acceptParameters     the query parameters a route takes; any other, or one given twice, is a 400
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';

export const TOKEN_ENV = 'SARABAN_API_TOKEN';
export const ALLOWED_HOSTS_ENV = 'SARABAN_ALLOWED_HOSTS';

/** The API token from the environment; none when unset or empty. */
export function tokenFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[TOKEN_ENV] || undefined;
}

/** Host names from the environment, comma-separated. */
export function allowedHostsFromEnvironment(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env[ALLOWED_HOSTS_ENV] ?? '').split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
}

/** The host name of a Host header, without port, brackets or a final dot, in lower case. */
export function hostNameOf(header: string): string {
  const host = header.trim().toLowerCase();
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']') < 0 ? undefined : host.indexOf(']')) : host.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

/**
 * An IP address cannot be a rebinding attack (the browser's origin is then that address), and
 * localhost never leaves the machine; any other name must be configured.
 */
export function isKnownHost(name: string, allowedNames: readonly string[]): boolean {
  return isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || allowedNames.includes(name);
}

export function requireKnownHost(allowedNames: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('Host');
    if (header !== undefined && !isKnownHost(hostNameOf(header), allowedNames)) {
      return c.json({ error: `unknown host name: add it to ${ALLOWED_HOSTS_ENV} (--allowed-hosts), or set ${TOKEN_ENV}` }, 403);
    }
    await next();
  };
}

export function requireBearerToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const given = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(c.req.header('Authorization') ?? '')?.[1] ?? '';
    if (!timingSafeEqual(digest(given), expected)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ error: 'missing or wrong API token' }, 401);
    }
    await next();
  };
}

/** Compared as digests so lengths never leak through timing. */
function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The shape of every 400 the API answers. */
export function invalidRequest(c: Context, issues: string[]): Response {
  return c.json({ error: 'invalid request', issues }, 400);
}

export function acceptParameters(...names: string[]): MiddlewareHandler {
  return async (c, next) => {
    const seen = new Set<string>();
    const issues: string[] = [];
    for (const name of new URL(c.req.url).searchParams.keys()) {
      if (!names.includes(name)) issues.push(`${name}: unknown parameter`);
      else if (seen.has(name)) issues.push(`${name}: given more than once`);
      seen.add(name);
    }
    if (issues.length > 0) return invalidRequest(c, [...new Set(issues)]);
    await next();
  };
}
