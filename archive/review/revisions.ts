/**
 * Corrections as revisions on top of the machine reading. A revision sets fields of one
 * document to new values and remembers the old ones, so the machine reading can always be got
 * back (undo in reverse order) and a new machine reading of the same PDF gets the same
 * corrections again (redo in order). Pure: no storage here.
 */
import type { FieldCorrection, LetterDocument, ProcessingResult, Revision } from '../../schemas/index.js';

type Side = 'before' | 'after';

function setField(document: LetterDocument, change: FieldCorrection, side: Side): LetterDocument {
  return { ...document, [change.field]: change[side] };
}

/** A corrected reference number renames the letter in the bundle's chain too. */
function renameInChain(chain: string[], change: FieldCorrection, side: Side): string[] {
  if (change.field !== 'reference') return chain;
  const from = (side === 'after' ? change.before : change.after)?.normalized;
  const to = change[side]?.normalized;
  return from && to ? chain.map((reference) => (reference === from ? to : reference)) : chain;
}

function shift(result: ProcessingResult, revision: Revision, side: Side): ProcessingResult {
  const index = revision.document - 1;
  const target = result.documents[index];
  if (!target) return result; // a re-reading found fewer documents: the revision waits, unapplied
  const changes = side === 'after' ? revision.changes : [...revision.changes].reverse();
  const documents = [...result.documents];
  documents[index] = changes.reduce((document, change) => setField(document, change, side), target);
  const chain = changes.reduce((links, change) => renameInChain(links, change, side), result.chain);
  return { ...result, documents, chain };
}

/** The result with every revision applied in order: what the outbox and the archive hold. */
export function withRevisions(machine: ProcessingResult, revisions: readonly Revision[]): ProcessingResult {
  const ordered = [...revisions].sort((a, b) => a.revision - b.revision);
  const corrected = ordered.reduce((result, revision) => shift(result, revision, 'after'), machine);
  return { ...corrected, revision: ordered.at(-1)?.revision ?? 0, corrections: ordered };
}

/** The machine reading inside a result that carries corrections (an outbox revision). */
export function machineReadingOf(result: ProcessingResult): ProcessingResult {
  const newestFirst = [...result.corrections].sort((a, b) => b.revision - a.revision);
  const machine = newestFirst.reduce((current, revision) => shift(current, revision, 'before'), result);
  return { ...machine, revision: 0, corrections: [] };
}

/** 0-based positions of documents that some revision touches (checked ones included). */
export function revisedPositions(revisions: readonly Revision[]): Set<number> {
  return new Set(revisions.map((revision) => revision.document - 1));
}
