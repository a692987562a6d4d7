/**
 * Archive search benchmark: indexes synthetic letters generated from corpus-like templates
 * (forwarding campaigns ministry -> department -> provinces -> districts -> local bodies,
 * each forwarding letter arriving as its own PDF with a copy of the letter it forwards),
 * then prints index time, database size and latency percentiles.
 * usage: npm run bench:search [-- --records N] [--keep DIR]
 *   --keep DIR   keep the archive in DIR; a later run with the same DIR re-measures queries only
 */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ARCHIVE_FILE, type Archive, openArchive } from '../archive/archive.js';
import type { SearchParams } from '../archive/api-schemas.js';
import { toThaiDigits } from '../pipeline/thai/index.js';
import { type LetterDocument, type ProcessingResult, SCHEMA_VERSION } from '../schemas/index.js';

// ---- templates ----

const MINISTRIES = [
  { code: 'มท', name: 'กระทรวงมหาดไทย', department: 'กรมส่งเสริมการปกครองท้องถิ่น', office: '08' },
  { code: 'สธ', name: 'กระทรวงสาธารณสุข', department: 'กรมควบคุมโรค', office: '04' },
  { code: 'ศธ', name: 'กระทรวงศึกษาธิการ', department: 'สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน', office: '04' },
  { code: 'กษ', name: 'กระทรวงเกษตรและสหกรณ์', department: 'กรมปศุสัตว์', office: '06' },
  { code: 'ทส', name: 'กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม', department: 'กรมควบคุมมลพิษ', office: '03' },
  { code: 'กค', name: 'กระทรวงการคลัง', department: 'กรมบัญชีกลาง', office: '04' },
  { code: 'พม', name: 'กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์', department: 'กรมกิจการเด็กและเยาวชน', office: '06' },
  { code: 'ดศ', name: 'กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม', department: 'สำนักงานสถิติแห่งชาติ', office: '05' },
];

const PROVINCES = [
  ['พร', 'แพร่'], ['ชม', 'เชียงใหม่'], ['ชร', 'เชียงราย'], ['อบ', 'อุบลราชธานี'], ['กจ', 'กาญจนบุรี'],
  ['สน', 'สกลนคร'], ['นม', 'นครราชสีมา'], ['ชบ', 'ชลบุรี'], ['ลป', 'ลำปาง'], ['พล', 'พิษณุโลก'],
  ['สฎ', 'สุราษฎร์ธานี'], ['บร', 'บุรีรัมย์'], ['อด', 'อุดรธานี'], ['รอ', 'ร้อยเอ็ด'], ['นน', 'น่าน'],
  ['ขก', 'ขอนแก่น'], ['สข', 'สงขลา'], ['ภก', 'ภูเก็ต'], ['ตก', 'ตาก'], ['ลพ', 'ลำพูน'],
] as const;

const DISTRICTS = ['เมือง', 'ท่าม่วง', 'เดชอุดม', 'เชียงของ', 'สันป่าตอง', 'พิบูลมังสาหาร', 'ทองผาภูมิ', 'ห้างฉัตร', 'เทิง', 'สวรรคโลก'];
const LOCAL_BODIES = ['องค์การบริหารส่วนตำบลหนองหาร', 'เทศบาลตำบลดอนแก้ว', 'องค์การบริหารส่วนตำบลบางกล่ำ', 'เทศบาลเมือง', 'องค์การบริหารส่วนตำบลน้ำเลา'];

const TOPICS = [
  'การป้องกันและควบคุมโรคไข้เลือดออก', 'การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง', 'การป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน',
  'การบริหารจัดการขยะมูลฝอยชุมชน', 'การจัดงานวันเด็กแห่งชาติ', 'การป้องกันการทุจริตเชิงรุกในหน่วยงานภาครัฐ',
  'การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน', 'การเลือกตั้งสมาชิกสภาท้องถิ่น', 'การป้องกันและลดอุบัติเหตุทางถนน',
  'การรณรงค์ป้องกันโรคพิษสุนัขบ้า', 'การเบิกจ่ายงบประมาณรายจ่ายประจำปี', 'การอนุรักษ์พลังงานในหน่วยงานภาครัฐ',
  'การป้องกันภัยคุกคามทางไซเบอร์', 'การเตรียมความพร้อมรับมือสถานการณ์อุทกภัย', 'การพัฒนาศูนย์พัฒนาเด็กเล็ก',
  'การจัดประชุมเชิงปฏิบัติการ', 'การสำรวจข้อมูลความจำเป็นพื้นฐาน', 'การส่งเสริมการเกษตรปลอดภัย',
  'การจัดสรรเงินอุดหนุนทั่วไป', 'การรักษาความปลอดภัยในสถานศึกษา',
];

const SENTENCES = [
  'ด้วย{sender}แจ้งว่า ได้ดำเนินโครงการเกี่ยวกับ{topic} ประจำปีงบประมาณ พ.ศ. {year} เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย',
  'จึงขอให้{receiver}พิจารณาดำเนินการตามแนวทางที่กำหนด และรายงานผลการดำเนินงานให้ทราบภายในวันที่ {day} {month} {year}',
  'ทั้งนี้ สามารถดาวน์โหลดเอกสารที่เกี่ยวข้องได้ที่เว็บไซต์ของหน่วยงาน หรือสอบถามรายละเอียดเพิ่มเติมได้ที่กลุ่มงานที่รับผิดชอบ',
  'เพื่อเป็นการบูรณาการการทำงานร่วมกันระหว่างหน่วยงานภาครัฐและองค์กรปกครองส่วนท้องถิ่น ในการขับเคลื่อน{topic}ให้บรรลุวัตถุประสงค์',
  'โดยให้ประชาสัมพันธ์ให้ประชาชนในพื้นที่ทราบโดยทั่วกัน และกำชับเจ้าหน้าที่ผู้เกี่ยวข้องให้ถือปฏิบัติอย่างเคร่งครัด',
  'รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย จึงเรียนมาเพื่อโปรดทราบและพิจารณาดำเนินการในส่วนที่เกี่ยวข้องต่อไป',
];

const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];

// ---- generation ----

/** Deterministic PRNG (mulberry32) so every run indexes the same records. */
function randomSource(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick };
}

interface LetterSpec {
  reference: string;
  iso: string;
  level: LetterDocument['issuer']['level'];
  issuer: string;
  subject: string;
  receiver: string;
  cites: { reference: string; iso: string } | null;
  thaiDigits: boolean;
}

class CampaignGenerator {
  private readonly random = randomSource(20240205);
  private readonly counters = new Map<string, number>();
  private sourceCount = 0;

  /** One campaign: the results (PDFs) of a letter forwarded down the hierarchy. */
  *campaign(): Generator<ProcessingResult> {
    const { random } = this;
    const ministry = random.pick(MINISTRIES);
    const topic = random.pick(TOPICS);
    const start = Date.UTC(random.int(2023, 2025), random.int(0, 11), random.int(1, 28));
    const day = (offset: number) => new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
    const origin = this.letter({ unit: `02${random.int(10, 30)}.${random.int(1, 6)}`, code: ministry.code, circular: false, iso: day(0), level: 'ministry', issuer: ministry.name, subject: topic, receiver: ministry.department, cites: null });
    yield this.result([origin]);
    const department = this.letter({ unit: `${ministry.office}${random.int(10, 20)}.${random.int(1, 6)}`, code: ministry.code, circular: true, iso: day(random.int(2, 6)), level: 'department', issuer: ministry.department, subject: topic, receiver: 'ผู้ว่าราชการจังหวัด ทุกจังหวัด', cites: origin });
    yield this.result([department, origin]);
    for (let p = random.int(3, 6); p > 0; p--) {
      const [code, name] = random.pick(PROVINCES);
      const province = this.letter({ unit: `00${random.pick(['17', '23', '25'])}.${random.int(1, 6)}`, code, circular: true, iso: day(random.int(8, 14)), level: 'province', issuer: `ศาลากลางจังหวัด${name}`, subject: topic, receiver: `นายอำเภอ ทุกอำเภอ`, cites: department });
      yield this.result([province, department]);
      for (let d = random.int(1, 3); d > 0; d--) {
        const district = this.letter({ unit: `0${random.int(300, 899)}`, code, circular: random.next() < 0.6, iso: day(random.int(15, 20)), level: 'district', issuer: `ที่ว่าการอำเภอ${random.pick(DISTRICTS)}`, subject: topic, receiver: 'นายกองค์การบริหารส่วนตำบล ทุกแห่ง', cites: province });
        yield this.result([district, province]);
        for (let l = random.int(0, 2); l > 0; l--) {
          const local = this.letter({ unit: String(random.int(50000, 89999)), code, circular: true, iso: day(random.int(21, 30)), level: 'local', issuer: random.pick(LOCAL_BODIES), subject: topic, receiver: 'ผู้อำนวยการโรงเรียน', cites: district });
          yield this.result([local, district]);
        }
      }
    }
  }

  private letter(spec: { unit: string; code: string; circular: boolean; iso: string; level: LetterSpec['level']; issuer: string; subject: string; receiver: string; cites: LetterSpec | null }): LetterSpec {
    const year = Number(spec.iso.slice(0, 4));
    const key = `${spec.code} ${spec.unit} ${year}`;
    const number = (this.counters.get(key) ?? this.random.int(1, 400)) + this.random.int(1, 9);
    this.counters.set(key, number);
    return {
      reference: `${spec.code} ${spec.unit}/${spec.circular ? 'ว ' : ''}${number}`,
      iso: spec.iso,
      level: spec.level,
      issuer: spec.issuer,
      subject: spec.subject,
      receiver: spec.receiver,
      cites: spec.cites && { reference: spec.cites.reference, iso: spec.cites.iso },
      thaiDigits: this.random.next() < 0.7,
    };
  }

  private result(letters: LetterSpec[]): ProcessingResult {
    this.sourceCount++;
    const sha256 = this.sourceCount.toString(16).padStart(64, "0");
    return {
      schemaVersion: SCHEMA_VERSION,
      source: { file: `synthetic-${this.sourceCount}.pdf`, sha256, pageCount: letters.length * 2 },
      pages: letters.flatMap((_, i) => [1, 2].map((n) => ({ number: i * 2 + n, method: 'text' as const, warnings: [] }))),
      documents: letters.map((spec, i) => this.document(spec, i * 2 + 1)),
      chain: letters.map((spec) => spec.reference).reverse(),
      revision: 0,
      corrections: [],
    };
  }

  private document(spec: LetterSpec, firstPage: number): LetterDocument {
    const year = Number(spec.iso.slice(0, 4)) + 543;
    const printed = (text: string) => (spec.thaiDigits ? toThaiDigits(text) : text);
    const dateRaw = printed(`${Number(spec.iso.slice(8))} ${MONTHS[Number(spec.iso.slice(5, 7)) - 1]} ${year}`);
    const fill = (sentence: string) =>
      sentence
        .replaceAll('{sender}', spec.issuer)
        .replaceAll('{receiver}', spec.receiver)
        .replaceAll('{topic}', spec.subject)
        .replaceAll('{year}', printed(String(year)))
        .replaceAll('{day}', printed(String(this.random.int(1, 28))))
        .replaceAll('{month}', this.random.pick(MONTHS));
    const body = Array.from({ length: this.random.int(5, 9) }, () => fill(this.random.pick(SENTENCES))).join('\n');
    const enclosure = spec.cites && `สำเนาหนังสือ ที่ ${printed(spec.cites.reference)} ลงวันที่ ${spec.cites.iso} จำนวน ๑ ฉบับ`;
    const text = [`ที่ ${printed(spec.reference)}`, spec.issuer, dateRaw, `เรื่อง ${spec.subject}`, `เรียน ${spec.receiver}`, enclosure && `สิ่งที่ส่งมาด้วย ${enclosure}`, body, 'ขอแสดงความนับถือ']
      .filter(Boolean)
      .join('\n');
    const [code, rest] = [spec.reference.slice(0, 2), spec.reference.slice(3)];
    return {
      pages: { first: firstPage, last: firstPage + 1 },
      kind: spec.level === 'ministry' ? 'internal_memo' : 'external_letter',
      urgency: this.random.next() < 0.2 ? 'ด่วนที่สุด' : null,
      secrecy: null,
      reference: { raw: printed(spec.reference), normalized: spec.reference, agencyCode: code, unit: rest.split('/')[0]!, circular: rest.includes('/ว'), number: rest.split(/\/(?:ว )?/u)[1]! },
      date: { raw: dateRaw, iso: spec.iso, buddhistYear: year },
      issuer: { name: spec.issuer, level: spec.level },
      subject: spec.subject,
      addressee: spec.receiver,
      references: [],
      enclosures: enclosure && spec.cites ? [{ text: enclosure, reference: spec.cites.reference, date: spec.cites.iso }] : [],
      signatory: null,
      contact: null,
      copies: [],
      receiptStamps: [],
      body,
      text,
      confidence: {},
      warnings: [],
    };
  }
}

// ---- measurement ----

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Latency {
  p50: number;
  p95: number;
  max: number;
  /** CPU time of this process per query: what the query costs when it has the machine to itself. */
  cpuP50: number;
  cpuP95: number;
  hits: number;
}

function measure(archive: Archive, queries: Array<Partial<SearchParams>>): Latency {
  const wall: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    hits += archive.search(query).total > 0 ? 1 : 0;
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    max: wall.at(-1)!,
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
    hits,
  };
}

/** How an archivist might type a stored number: Thai digits, spaces around the slash, ว glued on. */
function typedVariant(reference: string, variant: number): string {
  if (variant % 3 === 0) return toThaiDigits(reference);
  if (variant % 3 === 1) return reference.replace('/', ' / ').replace('ว ', 'ว');
  return `ที่ ${toThaiDigits(reference.replace(' ', ''))}`;
}

function fileSize(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

/** Generates `target` records; indexes them into `archive` unless it is null (reusing a kept archive). */
function generateRecords(archive: Archive | null, target: number): { references: string[]; records: number } {
  const generator = new CampaignGenerator();
  const references: string[] = [];
  let records = 0;
  let batch: ProcessingResult[] = [];
  while (records < target) {
    for (const result of generator.campaign()) {
      if (records >= target) break;
      batch.push(result);
      records += result.documents.length;
      references.push(result.documents[0]!.reference!.normalized);
      if (batch.length >= 500) {
        archive?.indexResults(batch);
        batch = [];
      }
    }
  }
  archive?.indexResults(batch);
  return { references, records };
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { records: { type: 'string', default: '100000' }, keep: { type: 'string' } } });
  const target = Number(values.records);
  const dataDir = values.keep ?? mkdtempSync(join(tmpdir(), 'saraban-bench-search-'));
  let archive = openArchive(dataDir);
  const reuse = archive.stats().letters >= target;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { references, records } = generateRecords(reuse ? null : archive, target);
  const indexSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const indexCpuSeconds = (cpu.user + cpu.system) / 1e6;
  archive.close();
  const dbFile = join(dataDir, ARCHIVE_FILE);
  const sizeMb = (fileSize(dbFile) + fileSize(`${dbFile}-wal`)) / 1e6;
  archive = openArchive(dataDir);

  const random = randomSource(7);
  const referenceQueries = Array.from({ length: 1000 }, (_, i) => ({ ref: typedVariant(random.pick(references), i) }));
  const boxQueries = Array.from({ length: 500 }, (_, i) => ({ q: typedVariant(random.pick(references), i) }));
  const topicWords = ['ไข้เลือดออก', 'ภาษีที่ดิน', 'หมอกควัน', 'ขยะมูลฝอย', 'วันเด็ก', 'ทุจริต', 'เลือกตั้ง', 'อุบัติเหตุ', 'พิษสุนัขบ้า', 'ไซเบอร์', 'อุทกภัย', 'เงินอุดหนุน', 'ไฟป่า', 'พลังงาน'];
  const wordQueries = Array.from({ length: 500 }, () => ({ q: random.pick(topicWords) }));
  const filteredWordQueries = Array.from({ length: 300 }, () => ({ q: random.pick(topicWords), level: 'province' as const, from: '2567', to: '2567' }));
  const frequentWordQueries = Array.from({ length: 50 }, () => ({ q: random.pick(['หน่วยงาน', 'ดำเนินการ', 'จังหวัด']) }));
  const deepPages = Array.from({ length: 100 }, () => ({ q: random.pick(topicWords), page: random.int(20, 50) }));
  const dateQueries = Array.from({ length: 300 }, () => ({ from: `256${random.int(6, 8)}-0${random.int(1, 9)}`, to: `256${random.int(6, 8)}-12`, agency: random.pick(PROVINCES)[0] }));

  const rows: Array<[string, Latency, string]> = [
    ['reference lookup (--ref, typed variants)', measure(archive, referenceQueries), 'target p95 <= 10 ms'],
    ['reference typed in the search box (q)', measure(archive, boxQueries), 'target p95 <= 10 ms'],
    ['full text, one topic word', measure(archive, wordQueries), 'target p95 <= 50 ms'],
    ['full text + level + year filters', measure(archive, filteredWordQueries), 'target p95 <= 50 ms'],
    ['full text, a word in most letters', measure(archive, frequentWordQueries), 'worst case, no target'],
    ['full text, pages 20-50', measure(archive, deepPages), ''],
    ['date range + agency code', measure(archive, dateQueries), ''],
  ];
  const chainTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const id = archive.search({ ref: random.pick(references) }).items[0]!.id;
    const t = performance.now();
    archive.chain(id);
    chainTimes.push(performance.now() - t);
  }
  chainTimes.sort((a, b) => a - b);
  const { letters, sources } = archive.stats();
  archive.close();

  const ms = (value: number) => value.toFixed(2).padStart(8);
  const lines = [
    `archive search benchmark: ${letters} records in ${sources} results (${records} generated), Node ${process.versions.node}`,
    reuse
      ? `index time      (reused the archive kept in ${dataDir})`
      : `index time      ${indexSeconds.toFixed(1)} s wall, ${indexCpuSeconds.toFixed(1)} s CPU (${Math.round(letters / indexSeconds)} records/s)`,
    `database size   ${sizeMb.toFixed(1)} MB`,
    `load average    ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${cpus().length} CPUs (p50/p95/max are wall-clock and grow with other work on the machine; cpu columns are this process's CPU time per query)`,
    '',
    `${'query'.padEnd(42)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}${'max ms'.padStart(8)}${'cpu p50'.padStart(9)}${'cpu p95'.padStart(9)}  found  note`,
    ...rows.map(
      ([name, m, note]) =>
        `${name.padEnd(42)}${ms(m.p50)}${ms(m.p95)}${ms(m.max)} ${ms(m.cpuP50)} ${ms(m.cpuP95)}  ${String(m.hits).padStart(5)}  ${note}`,
    ),
    `${'chain view (path + tree)'.padEnd(42)}${ms(percentile(chainTimes, 50))}${ms(percentile(chainTimes, 95))}${ms(chainTimes.at(-1)!)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!values.keep) rmSync(dataDir, { recursive: true, force: true });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench-search: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
