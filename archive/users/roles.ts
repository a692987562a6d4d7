/**
 * Who may do what. Roles follow the records office: clerks (เจ้าหน้าที่สารบรรณ) receive, review
 * and correct; archivists search and export; admins manage users and may do everything.
 * Machines with the API token read and export; without users or token the archive is read-only.
 */
import { z } from 'zod';

export const Role = z.enum(['clerk', 'archivist', 'admin']);
export type Role = z.infer<typeof Role>;

export const Permission = z.enum(['read', 'upload', 'correct', 'export', 'manage-users']);
export type Permission = z.infer<typeof Permission>;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  clerk: ['read', 'upload', 'correct'],
  archivist: ['read', 'export'],
  admin: ['read', 'upload', 'correct', 'export', 'manage-users'],
};

/** The bearer token is for machines: read and export, never corrections (they must name a person). */
export const TOKEN_PERMISSIONS: readonly Permission[] = ['read', 'export'];
/** No users and no token: the archive as it was before sign-in existed, read-only. */
export const OPEN_PERMISSIONS: readonly Permission[] = ['read'];

export const ROLE_LABELS: Record<Role, string> = {
  clerk: 'เจ้าหน้าที่สารบรรณ',
  archivist: 'เจ้าหน้าที่เก็บรักษาและค้นหา',
  admin: 'ผู้ดูแลระบบ',
};
