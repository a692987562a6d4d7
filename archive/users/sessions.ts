/**
 * Sessions in signed cookies: the cookie names the user, their session version and an expiry,
 * signed (HMAC-SHA256) with a secret kept in the data folder, so any process serving that folder
 * accepts it and nothing is stored per session. A CSRF token is derived from the same cookie
 * with the same secret: a page that can read it (same origin) can send it; another site cannot.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SESSION_COOKIE = 'saraban_session';
export const CSRF_HEADER = 'X-CSRF-Token';
/** A working day and a bit: clerks sign in each morning. */
export const SESSION_SECONDS = 12 * 3600;
const SECRET_FILE = 'session.key';

export interface SessionClaims {
  userId: number;
  sessionVersion: number;
  /** Seconds since the epoch. */
  expires: number;
}

/**
 * The signing secret of a data folder, made on first use (32 random bytes, readable by the
 * owner only). Deleting the file ends every session.
 */
export function loadSessionSecret(dataDir: string): Uint8Array<ArrayBuffer> {
  const file = join(dataDir, SECRET_FILE);
  try {
    return readSecret(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // another process made it first
  }
  return readSecret(file);
}

function readSecret(file: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}

export function encodeClaims(claims: SessionClaims): string {
  return `v1.${claims.userId}.${claims.sessionVersion}.${claims.expires}`;
}

export function decodeClaims(value: string, nowSeconds: number): SessionClaims | null {
  const match = /^v1\.(\d{1,12})\.(\d{1,12})\.(\d{1,12})$/.exec(value);
  if (!match) return null;
  const claims = { userId: Number(match[1]), sessionVersion: Number(match[2]), expires: Number(match[3]) };
  return claims.expires > nowSeconds ? claims : null;
}

export function newClaims(user: { id: number; sessionVersion: number }, nowSeconds: number): SessionClaims {
  return { userId: user.id, sessionVersion: user.sessionVersion, expires: nowSeconds + SESSION_SECONDS };
}

export function csrfToken(secret: Uint8Array, claims: SessionClaims): string {
  return createHmac('sha256', secret).update(`csrf|${encodeClaims(claims)}`).digest('base64url');
}

export function csrfTokenMatches(secret: Uint8Array, claims: SessionClaims, given: string | undefined): boolean {
  const expected = Buffer.from(csrfToken(secret, claims));
  const actual = Buffer.from(given ?? '');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
