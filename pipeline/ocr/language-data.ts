/**
 * Tesseract's models, from the project's own dependencies (@tesseract.js-data/*), never a CDN.
 *
 * tesseract.js reads `${langPath}/${lang}.traineddata.gz` with fs when langPath is a folder; each
 * model ships in its own package, so one folder holding them is made in the system temp folder
 * (copied once, then reused; the working directory is never touched).
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * Thai only. With English loaded as well (tha+eng), Tesseract read short Thai header lines as
 * Latin ("ที่ มท" as "# UN", "พ.ศ." as "we.") and ran ~18 % slower; it read e-mail addresses and
 * English names better, but those matter less than the ที่ line (measured on the corpus scans).
 */
export const OCR_LANGUAGES = ['tha'] as const;
export type OcrLanguage = 'tha' | 'eng';
/** English alone re-reads what the Thai model cannot: e-mail addresses (see latin.ts). */
export const LATIN_LANGUAGES = ['eng'] as const;
const ALL_LANGUAGES: readonly OcrLanguage[] = [...OCR_LANGUAGES, ...LATIN_LANGUAGES];

/** The LSTM-only integer models of tessdata_best (there is no legacy Thai model). */
const MODEL_FOLDER = '4.0.0_best_int';

const require = createRequire(import.meta.url);

export function modelFile(language: OcrLanguage): string {
  const packageFolder = path.dirname(require.resolve(`@tesseract.js-data/${language}/package.json`));
  return path.join(packageFolder, MODEL_FOLDER, `${language}.traineddata.gz`);
}

async function sameSize(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.size === sb.size;
  } catch {
    return false;
  }
}

/** Copies through a temporary name and renames, so a concurrent process never reads half a file. */
async function copyAtomically(source: string, target: string): Promise<void> {
  const partial = `${target}.${process.pid}.${Date.now()}.partial`;
  await copyFile(source, partial);
  await rename(partial, target);
}

let prepared: Promise<string> | undefined;

/** The folder to pass as tesseract.js `langPath`; fails loudly if a model package is missing. */
export function languageFolder(): Promise<string> {
  prepared ??= (async () => {
    const sources = ALL_LANGUAGES.map((language) => ({ language, file: modelFile(language) }));
    const key = createHash('sha256')
      .update(sources.map((s) => s.file).join('\n'))
      .digest('hex')
      .slice(0, 12);
    const folder = path.join(os.tmpdir(), `saraban-tessdata-${key}`);
    await mkdir(folder, { recursive: true });
    for (const { language, file } of sources) {
      await stat(file).catch(() => {
        throw new Error(`OCR model for '${language}' is missing (${file}); reinstall the dependencies`);
      });
      const target = path.join(folder, `${language}.traineddata.gz`);
      if (!(await sameSize(file, target))) await copyAtomically(file, target);
    }
    return folder;
  })();
  prepared.catch(() => (prepared = undefined));
  return prepared;
}
