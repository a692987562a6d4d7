/** Result fixtures for archive tests: real pipeline results (see test/fixtures/results/README.md). */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProcessingResult } from '../../schemas/index.js';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/results', import.meta.url));
export const SEED_FIXTURE = 'dev_00_seed_phrae_0023.4_w79.result.json';

export function loadFixture(name: string): ProcessingResult {
  return ProcessingResult.parse(JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8')));
}

export function loadAllFixtures(): ProcessingResult[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.result.json'))
    .sort()
    .map(loadFixture);
}

const tempDirs: string[] = [];

/** A fresh data folder; test files remove theirs with removeTempDataDirs in afterAll. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'saraban-archive-test-'));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDataDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * One result per letter, as if each letter had arrived as its own PDF. Each keeps the
 * links of its bundle's chain that end at it (what a pipeline reading the letter together
 * with its enclosed copies would state), but no copy of the earlier letters.
 */
export function splitIntoLetters(result: ProcessingResult): ProcessingResult[] {
  return result.documents.flatMap((document, index) => {
    const reference = document.reference?.normalized;
    if (!reference) return [];
    const at = result.chain.indexOf(reference);
    const chain = at < 0 ? [reference] : result.chain.slice(Math.max(0, at - 1), at + 1);
    const pages = document.pages.last - document.pages.first + 1;
    return [
      {
        ...result,
        source: {
          file: `${result.source.file}#letter-${index + 1}`,
          sha256: createHash('sha256').update(`${result.source.sha256}/${index}`).digest('hex'),
          pageCount: pages,
        },
        pages: result.pages.slice(document.pages.first - 1, document.pages.last).map((page, n) => ({ ...page, number: n + 1 })),
        documents: [{ ...document, pages: { first: 1, last: pages } }],
        chain,
      },
    ];
  });
}
