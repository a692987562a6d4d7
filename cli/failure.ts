import { ZodError } from 'zod';

/** One readable line for why an input failed: the reason a clerk can act on, not a stack trace. */
export function describeFailure(error: unknown): string {
  if (error instanceof ZodError) return `result failed schema validation: ${error.issues[0]?.message ?? error.message}`;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory, not a PDF file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
