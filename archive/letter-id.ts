/**
 * Public letter ids: the source PDF's sha256 and the document's 1-based place in it.
 * Stable across re-indexing, unlike SQLite row ids, so links to a record keep working.
 */
export const LETTER_ID_PATTERN = /^([0-9a-f]{64})-([1-9]\d{0,3})$/;

export function formatLetterId(sha256: string, position: number): string {
  return `${sha256}-${position + 1}`;
}

export function parseLetterId(id: string): { sha256: string; position: number } | null {
  const match = LETTER_ID_PATTERN.exec(id);
  return match ? { sha256: match[1]!, position: Number(match[2]) - 1 } : null;
}
