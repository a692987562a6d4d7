/**
 * Named users in the archive database: login, display name, role, scrypt hash. Raising a user's
 * session_version ends every session they have (new password, new role, disabled).
 */
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, decoyHash, hashPassword, verifyPassword } from './passwords.js';
import { Role } from './roles.js';

export const Login = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข จุด ขีด หรือขีดล่าง 2–32 ตัว');
export const DisplayName = z.string().trim().min(1, 'ต้องมีชื่อที่แสดง').max(100, 'ชื่อที่แสดงยาวเกิน 100 ตัวอักษร');
export const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `รหัสผ่านต้องยาวอย่างน้อย ${MIN_PASSWORD_LENGTH} ตัวอักษร`)
  .max(MAX_PASSWORD_LENGTH, `รหัสผ่านยาวเกิน ${MAX_PASSWORD_LENGTH} ตัวอักษร`);

export const User = z.object({
  id: z.number().int(),
  login: z.string(),
  displayName: z.string(),
  role: Role,
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

interface UserRow {
  id: number;
  login: string;
  display_name: string;
  role: Role;
  password_hash: string;
  session_version: number;
  disabled: number;
  created_at: string;
}

export interface UserWithSession extends User {
  sessionVersion: number;
}

export class UserExistsError extends Error {
  override readonly name = 'UserExistsError';
}

export class UserStore {
  private readonly statements;

  constructor(db: Database) {
    this.statements = {
      any: db.prepare('SELECT EXISTS (SELECT 1 FROM users)').pluck(),
      byLogin: db.prepare('SELECT * FROM users WHERE login = ?'),
      byId: db.prepare('SELECT * FROM users WHERE id = ?'),
      list: db.prepare('SELECT * FROM users ORDER BY login'),
      insert: db.prepare(
        `INSERT INTO users (login, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      setPassword: db.prepare(
        'UPDATE users SET password_hash = ?, session_version = session_version + 1, updated_at = ? WHERE login = ?',
      ),
      update: db.prepare(
        `UPDATE users SET display_name = ?, role = ?, disabled = ?, session_version = session_version + ?, updated_at = ?
         WHERE login = ?`,
      ),
    };
  }

  hasUsers(): boolean {
    return this.statements.any.get() === 1;
  }

  list(): User[] {
    return (this.statements.list.all() as UserRow[]).map(toUser);
  }

  get(login: string): UserWithSession | null {
    const row = this.statements.byLogin.get(login) as UserRow | undefined;
    return row ? { ...toUser(row), sessionVersion: row.session_version } : null;
  }

  getById(id: number): UserWithSession | null {
    const row = this.statements.byId.get(id) as UserRow | undefined;
    return row ? { ...toUser(row), sessionVersion: row.session_version } : null;
  }

  async add(input: { login: string; displayName: string; role: Role; password: string }): Promise<User> {
    const login = Login.parse(input.login);
    const hash = await hashPassword(Password.parse(input.password));
    if (this.get(login)) throw new UserExistsError(`มีผู้ใช้ชื่อ ${login} อยู่แล้ว`);
    const now = new Date().toISOString();
    this.statements.insert.run(login, DisplayName.parse(input.displayName), Role.parse(input.role), hash, now, now);
    return this.get(login)!;
  }

  /** Sets a new password and ends the user's sessions. False when there is no such user. */
  async setPassword(login: string, password: string): Promise<boolean> {
    const hash = await hashPassword(Password.parse(password));
    return this.statements.setPassword.run(hash, new Date().toISOString(), Login.parse(login)).changes > 0;
  }

  /** Changes name, role or disabled; a new role or disabling ends the user's sessions. */
  update(login: string, change: { displayName?: string; role?: Role; disabled?: boolean }): User | null {
    const user = this.get(Login.parse(login));
    if (!user) return null;
    const role = change.role ?? user.role;
    const disabled = change.disabled ?? user.disabled;
    const endSessions = role !== user.role || disabled !== user.disabled ? 1 : 0;
    const displayName = change.displayName === undefined ? user.displayName : DisplayName.parse(change.displayName);
    this.statements.update.run(displayName, role, disabled ? 1 : 0, endSessions, new Date().toISOString(), user.login);
    return this.get(user.login);
  }

  /** The user when the login and password match an enabled account; the same work either way. */
  async authenticate(login: string, password: string): Promise<UserWithSession | null> {
    const parsed = Login.safeParse(login);
    const row = parsed.success ? (this.statements.byLogin.get(parsed.data) as UserRow | undefined) : undefined;
    const matches = await verifyPassword(password, row?.password_hash ?? (await decoyHash()));
    if (!row || !matches || row.disabled) return null;
    return { ...toUser(row), sessionVersion: row.session_version };
  }
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}
