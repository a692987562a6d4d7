/**
 * The forwarding chain of a bundle: normalized reference numbers from the origin (the
 * oldest, usually highest-level letter) to the newest letter.
 */
import type { LetterDocument } from '../../schemas/index.js';
import { forwardingLinks } from './links.js';

export { forwardingLinks, type ForwardingLink, type LinkEvidence } from './links.js';

/**
 * Starts at the newest letter no other letter forwards, follows what each letter forwards
 * (the latest-dated when it forwards several), and returns the path origin first.
 */
export function recoverChain(documents: LetterDocument[]): string[] {
  const links = forwardingLinks(documents);
  const isForwarded = (i: number) => links.some((l) => l.older === i);
  const newest = documents.findIndex((d, i) => d.reference !== null && d.kind !== 'attachment' && !isForwarded(i));
  if (newest < 0) return [];
  const path = [newest];
  for (let current = newest; ; ) {
    const forwarded = links
      .filter((l) => l.newer === current && !path.includes(l.older))
      .map((l) => l.older)
      .sort((a, b) => (documents[b]!.date?.iso ?? '').localeCompare(documents[a]!.date?.iso ?? ''));
    if (forwarded[0] === undefined) break;
    current = forwarded[0];
    path.push(current);
  }
  return path.reverse().map((i) => documents[i]!.reference!.normalized);
}
