/**
 * node dist/tools/thai-dictionary/mending-precision.js PAIRS_DIR [CORPUS_DIR]
 * How often the OCR word mending (pipeline/ocr/mend.ts with the Thai dictionary) is right when
 * it changes something. PAIRS_DIR holds typos-*.txt files, one "correct typo1 typo2 ..." a line
 * (../shared/wordlists/spelling-test-pairs: LGPL, read here as test data, never copied into the
 * repository). For each typo: mended to the correct word (right), to something else (wrong), or
 * left alone; each correct word must be left alone. With CORPUS_DIR, every line of the truth
 * texts (correct letters) is mended too: any change there is a false one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mendLine } from '../../pipeline/ocr/mend.js';

const [pairsDir, corpusDir] = process.argv.slice(2);
if (!pairsDir) {
  process.stderr.write('usage: mending-precision PAIRS_DIR [CORPUS_DIR]\n');
  process.exit(2);
}

const changes = (text: string) => mendLine(text).mends.filter((m) => m.by === 'dictionary');
const mended = (text: string) => (changes(text).length === 0 ? text : mendLine(text).text);

const totals = { right: 0, wrong: 0, untouched: 0, correctChanged: 0, correct: 0 };
for (const file of readdirSync(pairsDir).filter((f) => f.endsWith('.txt')).sort()) {
  const t = { right: 0, wrong: 0, untouched: 0, correctChanged: 0, correct: 0 };
  for (const line of readFileSync(join(pairsDir, file), 'utf8').split('\n')) {
    const [correct, ...typos] = line.trim().split(/\s+/u);
    if (!correct || typos.length === 0) continue;
    t.correct++;
    if (changes(correct).length > 0) t.correctChanged++;
    for (const typo of typos) {
      const out = mended(typo);
      if (out === typo) t.untouched++;
      else if (out === correct) t.right++;
      else t.wrong++;
    }
  }
  for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += t[key];
  process.stdout.write(`${report(file, t)}\n`);
}
process.stdout.write(`${report('all pairs', totals)}\n`);

if (corpusDir) {
  let lines = 0;
  let changed = 0;
  for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.truth.json'))) {
    const truth = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as { full_text: string };
    for (const line of truth.full_text.split(/[\n\f]/u)) {
      lines++;
      changed += changes(line).length;
    }
  }
  process.stdout.write(`correct letters: ${lines} lines, ${changed} dictionary mends (each a false one)\n`);
}

function report(name: string, t: typeof totals): string {
  const made = t.right + t.wrong + t.correctChanged;
  const precision = made === 0 ? '-' : `${((100 * t.right) / made).toFixed(1)} %`;
  return `${name}: typos mended right ${t.right}, wrong ${t.wrong}, left ${t.untouched}; correct words changed ${t.correctChanged} of ${t.correct}; precision ${precision}`;
}
