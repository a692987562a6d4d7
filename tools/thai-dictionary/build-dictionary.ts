/**
 * node dist/tools/thai-dictionary/build-dictionary.js WORDLISTS_DIR
 * Builds pipeline/thai/data/words.br and places.br from the shared word lists (see
 * pipeline/thai/data/NOTICE.md for their sources and licences): every word of words_th.txt
 * (PyThaiNLP, CC0), every word the Thai National Corpus counts at least MIN_COUNT times
 * (tnc_freq.txt, CC0), with frequency buckets; the names of Thailand's provinces,
 * districts and subdistricts (thai-province-data, MIT); postcodes.json, the province of each
 * postcode that lies in one province only, and districts.json, the province of each district
 * name that lies in one province only (from the same data).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { encodeWords, frequencyBucket } from '../../pipeline/thai/dictionary-format.js';

/** Rarer corpus tokens are mostly typos and fragments of names. */
const MIN_COUNT = 10;
/** Thai letters only: no digits, spaces, ๆ or ฯ. */
const THAI_WORD = /^[\u0E01-\u0E3A\u0E40-\u0E4E]+$/u;

const source = process.argv[2];
if (!source) {
  process.stderr.write('usage: build-dictionary WORDLISTS_DIR\n');
  process.exit(2);
}
const out = join(import.meta.dirname, '../../../pipeline/thai/data');
const lines = (file: string) => readFileSync(join(source, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);

const counts = new Map<string, number>();
for (const line of lines('tnc_freq.txt')) {
  const [word = '', count = ''] = line.split('\t');
  if (THAI_WORD.test(word)) counts.set(word.normalize('NFC'), Number(count));
}
const curated = new Set(lines('words_th.txt').map((w) => w.normalize('NFC')).filter((w) => THAI_WORD.test(w)));
const words = new Set(curated);
for (const [word, count] of counts) if (count >= MIN_COUNT) words.add(word);
const entries = [...words].sort().map((word) => ({ word, bucket: frequencyBucket(counts.get(word) ?? 0), curated: curated.has(word) }));

/** A CSV file's rows (header left out) as cells. */
const csvRows = (file: string) => lines(file).slice(1).map((row) => row.split(','));
const csvNames = (file: string, column: number) => csvRows(file).map((cells) => cells[column]!.trim());
const places = [...new Set([...csvNames('provinces.csv', 1), ...csvNames('districts.csv', 1), ...csvNames('sub_districts.csv', 2)])]
  .map((name) => name.replace(/^(?:เขต|แขวง)/u, '').normalize('NFC'))
  .filter((name) => THAI_WORD.test(name))
  .sort();

// Deleted rows (the last column filled) are names no longer in use.
const rows = (file: string) => csvRows(file).filter((cells) => !cells.at(-1)?.trim());
const provinceName = new Map(rows('provinces.csv').map((cells) => [cells[0]!, cells[1]!.trim().normalize('NFC')]));
const districtProvince = new Map(rows('districts.csv').map((cells) => [cells[0]!, provinceName.get(cells[3]!)]));
const provincesOfPostcode = new Map<string, Set<string>>();
for (const cells of rows('sub_districts.csv')) {
  const province = districtProvince.get(cells[4]!);
  if (province) provincesOfPostcode.set(cells[1]!, (provincesOfPostcode.get(cells[1]!) ?? new Set()).add(province));
}
const postcodes = Object.fromEntries(
  [...provincesOfPostcode].filter(([, provinces]) => provinces.size === 1).map(([code, provinces]) => [code, [...provinces][0]!]).sort(),
);
// Each district name as letters print it (อำเภอเชียงของ; Bangkok's เขตลาดกระบัง) and its province,
// for names that lie in one province only.
const provincesOfDistrict = new Map<string, Set<string>>();
for (const cells of rows('districts.csv')) {
  const name = cells[1]!.trim().normalize('NFC');
  const province = provinceName.get(cells[3]!);
  const printed = name.startsWith('เขต') ? name : `อำเภอ${name}`;
  if (province && THAI_WORD.test(name)) provincesOfDistrict.set(printed, (provincesOfDistrict.get(printed) ?? new Set()).add(province));
}
const districts = Object.fromEntries(
  [...provincesOfDistrict].filter(([, provinces]) => provinces.size === 1).map(([name, provinces]) => [name, [...provinces][0]!]).sort(),
);

const compress = (text: string) =>
  brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } });
writeFileSync(join(out, 'words.br'), compress(encodeWords(entries)));
writeFileSync(join(out, 'places.br'), compress([...new Set(places)].join('\n')));
writeFileSync(join(out, 'postcodes.json'), `${JSON.stringify(postcodes)}\n`);
writeFileSync(join(out, 'districts.json'), `${JSON.stringify(districts)}\n`);
process.stdout.write(`${entries.length} words, ${places.length} place names, ${Object.keys(postcodes).length} postcodes, ${Object.keys(districts).length} districts written to ${out}\n`);
