/**
 * Indexes result JSON files already on disk (`saraban index DIR`): every NAME.json holding
 * one ProcessingResult, and every NAME.ndjson holding one per line (`saraban process` output).
 * A bad file costs one reported failure, never the run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Archive, openArchive } from './archive.js';

export interface IndexFailure {
  file: string;
  reason: string;
}

export interface DirectoryIndexReport {
  files: number;
  results: number;
  letters: number;
  failures: IndexFailure[];
}

export function indexDirectory(dir: string, options: { data: string }): DirectoryIndexReport {
  const archive = openArchive(options.data);
  try {
    return indexDirectoryInto(archive, dir);
  } finally {
    archive.close();
  }
}

export function indexDirectoryInto(archive: Archive, dir: string): DirectoryIndexReport {
  const report: DirectoryIndexReport = { files: 0, results: 0, letters: 0, failures: [] };
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(json|ndjson)$/.test(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
  for (const file of files) {
    report.files++;
    for (const [label, text] of resultTexts(file)) {
      try {
        report.letters += archive.indexResult(JSON.parse(text)).letters;
        report.results++;
      } catch (error) {
        report.failures.push({ file: label, reason: describe(error) });
      }
    }
  }
  return report;
}

function resultTexts(file: string): Array<[string, string]> {
  const content = readFileSync(file, 'utf8');
  if (!file.endsWith('.ndjson')) return [[file, content]];
  return content
    .split('\n')
    .map((line, index): [string, string] => [`${file}:${index + 1}`, line])
    .filter(([, line]) => line.trim() !== '');
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `not JSON: ${error.message}`;
  if (error instanceof Error && error.name === 'ZodError') return 'not a saraban result (schema mismatch)';
  return error instanceof Error ? error.message : String(error);
}
