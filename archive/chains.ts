/**
 * Forwarding chains across documents. A letter is identified by its normalized reference
 * number and Buddhist year (running numbers restart every year). Citations are resolved
 * against the letters present at query time, so a link appears as soon as both ends are
 * archived, whichever arrived first.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { ChainLetter, ChainNode, ChainView } from './api-schemas.js';
import type { CitationEvidence } from './letter-rows.js';
import { formatLetterId } from './letter-id.js';

export interface LetterKey {
  reference: string;
  /** Null only for a letter cited without a date and not found in the archive. */
  buddhistYear: number | null;
}

/**
 * Choosing the parent: forwarding evidence first, i.e. what the bundle's chain says the letter
 * descends from or what it encloses; an อ้างถึง may cite older, unrelated correspondence.
 */
const EVIDENCE_RANK: Record<CitationEvidence, number> = { bundle: 0, enclosure: 1, reference: 2 };
/** Naming a link: what the letter's own text says beats "found in the same bundle". */
const EVIDENCE_LABEL: Record<CitationEvidence, number> = { enclosure: 0, reference: 1, bundle: 2 };
const MAX_PATH_LENGTH = 64;
const MAX_TREE_NODES = 500;

interface Link {
  key: LetterKey;
  /** The most telling kind of evidence for this link, for display. */
  evidence: CitationEvidence;
  /** The strongest evidence's EVIDENCE_RANK, for choosing among parents. */
  rank: number;
  citedDate: string | null;
}

export class ChainQueries {
  private readonly copies: Statement;
  private readonly citationsOf: Statement;
  private readonly latestYear: Statement;
  private readonly citersOf: Statement;

  constructor(db: Database) {
    this.copies = db.prepare(
      `SELECT source_sha256, position, date, issuer, level, subject FROM letters
       WHERE reference = ? AND buddhist_year = ? ORDER BY id`,
    );
    this.citationsOf = db.prepare(
      `SELECT DISTINCT c.cited_reference, c.cited_year, c.cited_date, c.evidence, l.buddhist_year AS citing_year
       FROM citations c JOIN letters l ON l.id = c.citing_letter_id
       WHERE l.reference = ? AND l.buddhist_year = ?`,
    );
    this.latestYear = db
      .prepare(
        `SELECT buddhist_year FROM letters WHERE reference = ? AND buddhist_year BETWEEN ? AND ?
         ORDER BY buddhist_year DESC LIMIT 1`,
      )
      .pluck();
    this.citersOf = db.prepare(
      `SELECT DISTINCT l.reference, l.buddhist_year, c.cited_year, c.evidence FROM citations c
       JOIN letters l ON l.id = c.citing_letter_id
       WHERE c.cited_reference = ? AND (c.cited_year = ? OR c.cited_year IS NULL)
         AND l.reference IS NOT NULL AND l.buddhist_year IS NOT NULL`,
    );
  }

  /** The path up to the origin (origin first) and the tree of everything forwarded from that origin. */
  view(start: LetterKey): ChainView {
    const path = this.pathToOrigin(start);
    const origin = path[0]!;
    const budget = { nodes: MAX_TREE_NODES, truncated: false };
    const tree = this.treeFrom({ key: keyOf(origin), evidence: null, citedDate: origin.date }, new Set(), budget);
    return { path, tree, truncated: budget.truncated };
  }

  private pathToOrigin(start: LetterKey): ChainLetter[] {
    const path = [this.describe(start, null)];
    const visited = new Set([keyText(start)]);
    let current: LetterKey = start;
    while (path.length < MAX_PATH_LENGTH) {
      const parent = this.parents(current).find((link) => !visited.has(keyText(link.key)));
      if (!parent) break;
      path[0] = { ...path[0]!, evidence: parent.evidence };
      path.unshift(this.describe(parent.key, null, parent.citedDate));
      visited.add(keyText(parent.key));
      current = parent.key;
    }
    return path;
  }

  /** Letters this one cites, most likely forwarded one first. */
  private parents(key: LetterKey): Link[] {
    if (key.buddhistYear === null) return [];
    const rows = this.citationsOf.all(key.reference, key.buddhistYear) as Array<{
      cited_reference: string;
      cited_year: number | null;
      cited_date: string | null;
      evidence: CitationEvidence;
      citing_year: number;
    }>;
    const links = rows.map((row) => ({
      key: { reference: row.cited_reference, buddhistYear: this.resolveYear(row.cited_reference, row.cited_year, row.citing_year) },
      evidence: row.evidence,
      rank: EVIDENCE_RANK[row.evidence],
      citedDate: row.cited_date,
    }));
    return mergePerKey(links).sort((a, b) => a.rank - b.rank || (b.citedDate ?? '').localeCompare(a.citedDate ?? ''));
  }

  /** Letters that cite this one. */
  private children(key: LetterKey): Link[] {
    if (key.buddhistYear === null) return [];
    const rows = this.citersOf.all(key.reference, key.buddhistYear) as Array<{
      reference: string;
      buddhist_year: number;
      cited_year: number | null;
      evidence: CitationEvidence;
    }>;
    const links = rows
      .filter((row) => row.cited_year !== null || this.resolveYear(key.reference, null, row.buddhist_year) === key.buddhistYear)
      .map((row) => ({
        key: { reference: row.reference, buddhistYear: row.buddhist_year },
        evidence: row.evidence,
        rank: EVIDENCE_RANK[row.evidence],
        citedDate: null,
      }))
      .filter((link) => keyText(link.key) !== keyText(key));
    return mergePerKey(links);
  }

  /**
   * The year of a cited letter. Without a date in the citation, the archived letter with that
   * number from the citing letter's year or the year before (letters cite recent ones) is taken.
   */
  private resolveYear(reference: string, citedYear: number | null, citingYear: number | null): number | null {
    if (citedYear !== null) return citedYear;
    if (citingYear === null) return null;
    return (this.latestYear.get(reference, citingYear - 1, citingYear) as number | undefined) ?? null;
  }

  private treeFrom(
    link: { key: LetterKey; evidence: CitationEvidence | null; citedDate: string | null },
    visited: Set<string>,
    budget: { nodes: number; truncated: boolean },
  ): ChainNode {
    visited.add(keyText(link.key));
    budget.nodes--;
    const children: ChainNode[] = [];
    for (const child of this.children(link.key)) {
      if (visited.has(keyText(child.key))) continue;
      if (budget.nodes <= 0) {
        budget.truncated = true;
        break;
      }
      children.push(this.treeFrom(child, visited, budget));
    }
    children.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.reference.localeCompare(b.reference));
    return { ...this.describe(link.key, link.evidence, link.citedDate), children };
  }

  /** A chain entry from the first archived copy; `knownDate` (from a citation) stands in when none is archived. */
  private describe(key: LetterKey, evidence: CitationEvidence | null, knownDate: string | null = null): ChainLetter {
    const copies = (key.buddhistYear === null ? [] : this.copies.all(key.reference, key.buddhistYear)) as Array<{
      source_sha256: string;
      position: number;
      date: string | null;
      issuer: string | null;
      level: ChainLetter['level'];
      subject: string | null;
    }>;
    const first = copies[0];
    return {
      reference: key.reference,
      buddhistYear: key.buddhistYear,
      date: first?.date ?? knownDate,
      issuer: first?.issuer ?? null,
      level: first?.level ?? null,
      subject: first?.subject ?? null,
      letterIds: copies.map((copy) => formatLetterId(copy.source_sha256, copy.position)),
      evidence,
    };
  }
}

function keyText(key: LetterKey): string {
  return `${key.reference}|${key.buddhistYear ?? '?'}`;
}

function keyOf(letter: ChainLetter): LetterKey {
  return { reference: letter.reference, buddhistYear: letter.buddhistYear };
}

/** One link per letter, keeping the strongest rank and the most telling label among its citations. */
function mergePerKey(links: Link[]): Link[] {
  const merged = new Map<string, Link>();
  for (const link of links) {
    const earlier = merged.get(keyText(link.key));
    if (!earlier) {
      merged.set(keyText(link.key), link);
      continue;
    }
    const label = EVIDENCE_LABEL[link.evidence] < EVIDENCE_LABEL[earlier.evidence] ? link : earlier;
    merged.set(keyText(link.key), {
      ...earlier,
      evidence: label.evidence,
      rank: Math.min(earlier.rank, link.rank),
      citedDate: earlier.citedDate ?? link.citedDate,
    });
  }
  return [...merged.values()];
}
