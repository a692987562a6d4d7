/**
 * Thai words and patterns the letter parser recognises, gathered in one place.
 * Everything here is data: the modules that use it decide what a match means.
 */
import codes from '../thai/data/agency-codes.json' with { type: 'json' };

/** Labels that open a header field at the start of a line. */
export const LABEL = {
  reference: 'ที่',
  subject: 'เรื่อง',
  cited: 'อ้างถึง',
  enclosures: 'สิ่งที่ส่งมาด้วย',
  memoHeading: 'บันทึกข้อความ',
  memoOffice: 'ส่วนราชการ',
  dateLine: 'วันที่',
  citedDate: 'ลงวันที่',
  /** What some forms (a radio message's) print for ที่. */
  referenceNumber: 'เลขที่',
  /** Military letters and radio messages shorten ลงวันที่ after a number: "ที่ กห ๐๔๐๓/๕๕ ลง ๓ มี.ค. ๖๘". */
  citedDateShort: 'ลง',
  /** A radio message form names its sender with จาก (its letterhead). */
  sender: 'จาก',
  copies: 'สำเนาส่ง',
  signatureLine: 'ลงชื่อ',
} as const;

/** Salutations of letters and memos, longest first (กราบเรียน contains เรียน). */
export const SALUTATIONS = ['กราบเรียน', 'เรียน', 'เสนอ'] as const;
/** A stamped letter (หนังสือประทับตรา) addresses its reader with ถึง. */
export const STAMPED_SALUTATION = 'ถึง';

/** Closing phrases of external letters, longest first. */
export const CLOSINGS = [
  'ขอแสดงความนับถืออย่างยิ่ง',
  'ขอแสดงความนับถืออย่างสูง',
  'ขอแสดงความนับถือ',
  'ด้วยความเคารพอย่างสูง',
  'ด้วยความเคารพ',
] as const;

/** The last paragraph of a letter or memo opens so (จึงเรียนมาเพื่อโปรดทราบ): the signature comes next. */
export const CONCLUSION = 'จึงเรียนมา';

/** Urgency classes, longest first because ด่วน prefixes the others. */
export const URGENCIES = ['ด่วนที่สุด', 'ด่วนมาก', 'ด่วน'] as const;
/** Secrecy classes, longest first because ลับ prefixes the others. */
export const SECRECIES = ['ลับที่สุด', 'ลับมาก', 'ลับ', 'ปกปิด'] as const;

/** Acting-signature phrases, longest first (แทน ends the others). */
export const ACTING_PHRASES = ['ปฏิบัติราชการแทน', 'รักษาราชการแทน', 'รักษาการแทน', 'แทน'] as const;

/** Thai letters OCR takes for one another (agency codes are checked against them). */
export const OCR_LOOKALIKE_LETTERS = [
  ['ฎ', 'ฏ'], ['ด', 'ต'], ['ถ', 'ภ'], ['ข', 'ช'], ['บ', 'ป'], ['ผ', 'พ'], ['ฝ', 'ฟ'], ['ซ', 'ช'], ['ร', 'ว'],
  ['ม', 'น'], ['ศ', 'ค'], ['ท', 'ห'], ['อ', 'ฮ'], ['ล', 'ส'], ['ฃ', 'ข'], ['ฅ', 'ค'], ['อ', 'ล'], ['บ', 'ม'], ['ธ', 'ฮ'],
] as const;

const LOOK_ALIKE_LETTER_PAIRS = new Set(OCR_LOOKALIKE_LETTERS.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));
/** Whether OCR takes letter `a` for `b` (or `b` for `a`). */
export const areLookAlikeLetters = (a: string, b: string): boolean => LOOK_ALIKE_LETTER_PAIRS.has(`${a}${b}`);

/** A letter with a tail that OCR splits in two (ฎ read as มฏ): in an agency code, that letter. */
export const OCR_SPLIT_LETTERS: Readonly<Record<string, string>> = { มฏ: 'ฎ' };

/**
 * Letters with a tail below the line, which OCR may read as another letter carrying sara u or
 * uu (สฎ read as สภู): no code letter carries a vowel, so such a letter is one of these.
 */
export const TAILED_LETTERS = 'ฎฏฐญ';

/**
 * Thai letters OCR reads for the Thai digit they are near twins of (๓ and ต, ๗ and ฒ in loopless
 * faces; ๑ as ร in several): in a digit's place of a number they are that digit.
 */
export const DIGIT_TWIN_LETTERS: Readonly<Record<string, string>> = { ต: '๓', ฒ: '๗', ร: '๑' };

/**
 * In a date's day and year, ว is ๖'s twin as well (Tesseract reads ๖ so in loopless faces);
 * elsewhere a ว before digits is the circular mark of a reference number.
 */
export const DATE_TWIN_LETTERS: Readonly<Record<string, string>> = { ...DIGIT_TWIN_LETTERS, ว: '๖' };

/**
 * The other way round: a code letter OCR read as its twin digit ("อ๑" for อด). Codes hold no
 * digits, so there the digit is one of these letters; ๑ is also ด's twin (a round head and a
 * tail, which way the tail turns lost on a worn scan).
 */
export const CODE_LETTERS_OF_TWIN_DIGIT: Readonly<Record<string, string>> = { '๑': 'รด', '๓': 'ต', '๗': 'ฒ' };

/**
 * OCR reads both ๐ and ๑ as อ (a round body, with its tail lost or not): which one only the
 * place tells — ๐ opening a four-digit office block (they all start with 0), ๑ opening a day
 * (no day is written with a leading zero).
 */
export const ZERO_OR_ONE_LETTER = 'อ';

/** Labels inside a receipt stamp (ตรารับหนังสือ). */
export const RECEIPT_NUMBER_LABELS = ['เลขทะเบียนรับ', 'ทะเบียนรับ', 'เลขที่รับ', 'เลขรับ', 'รับที่', 'เลขที่'] as const;
export const RECEIPT_DATE_LABEL = 'วันที่';
/** First words of a receiving office's name at the head of a stamp. */
export const RECEIVER_STARTS = [
  'สำนักงาน', 'สำนัก', 'องค์การ', 'ที่ว่าการ', 'ศาลากลาง', 'เทศบาล', 'กรม', 'กระทรวง', 'อำเภอ', 'จังหวัด',
  'สารบรรณ', 'งานสารบรรณ', 'กอง', 'ศูนย์', 'โรงเรียน', 'มหาวิทยาลัย',
] as const;
export const RECEIPT_TIME_LABEL = 'เวลา';

/** Fields of the contact block at the bottom left of a letter. */
export const CONTACT = {
  ownerUnit: 'ส่วนราชการเจ้าของเรื่อง',
  fax: ['โทรสาร'],
  phone: ['โทรศัพท์', 'โทร.', 'โทร'],
  email: ['ไปรษณีย์อิเล็กทรอนิกส์', 'อีเมล', 'E-mail', 'e-mail', 'Email'],
  coordinator: ['ผู้ประสานงาน'],
} as const;

/** Words that start the name of an office unit (contact block, memo office). */
export const UNIT_WORDS = [
  'ส่วนราชการเจ้าของเรื่อง', 'กอง', 'กลุ่มงาน', 'กลุ่ม', 'ฝ่าย', 'สำนัก', 'ส่วน', 'ศูนย์', 'งาน',
  'ที่ทำการ', 'สำนักงาน',
] as const;

/** Title words of directives and notices, mapped to the document kind they open. */
export const DIRECTIVE_TITLES = [
  { word: 'คำสั่ง', kind: 'order' },
  { word: 'ระเบียบ', kind: 'order' },
  { word: 'ข้อบังคับ', kind: 'order' },
  { word: 'ประกาศ', kind: 'announcement' },
  { word: 'แถลงการณ์', kind: 'announcement' },
] as const;
/**
 * Bodies that are not agencies: the rules or notices of a foundation, an association, a
 * company... (ข้อบังคับของมูลนิธิ...) are documents filed with an office, not its directives.
 */
export const PRIVATE_BODIES = ['มูลนิธิ', 'สมาคม', 'บริษัท', 'ห้างหุ้นส่วน', 'ชมรม', 'สหกรณ์'] as const;
/** The Royal Gazette, and the words of its page heads: เล่ม ๙๑ ตอนที่ ๑๘๕ ราชกิจจานุเบกษา ๕ พฤศจิกายน ๒๕๑๗. */
export const GAZETTE = { name: 'ราชกิจจานุเบกษา', volume: 'เล่ม', issue: 'ตอน' } as const;
/**
 * Words that open like a label but are others: a petition form's เรื่องราว (the petition) is
 * not เรื่อง, its เขียนที่ (written at) not an OCR slip of เรียน.
 */
export const LABEL_LOOKALIKES = ['เรื่องราว', 'เขียนที่'] as const;
/** Closing formula of directives and notices: สั่ง ณ วันที่ / ประกาศ ณ วันที่. */
export const DIRECTIVE_CLOSINGS = ['สั่ง ณ วันที่', 'ประกาศ ณ วันที่', 'ให้ไว้ ณ วันที่'] as const;

/** The label of a military message form's date-time group ("หมู่ วัน-เวลา ๑๕๐๘๓๐ พ.ค. ๖๗"). */
export const DATE_TIME_GROUP_LABELS = ['หมู่วันเวลา', 'หมู่วัน-เวลา'] as const;
/** Heading words of a radio/telegram message form (แบบข่าว / วิทยุ). */
export const MESSAGE_FORM_HEADINGS = ['วิทยุในราชการ', 'ข่าวในราชการ', 'แบบข่าว', 'วิทยุ'] as const;

/** First words of a non-letter attachment's title (project document, form, schedule). */
export const ATTACHMENT_TITLES = [
  'โครงการ', 'แบบรายงาน', 'แบบสำรวจ', 'แบบตอบรับ', 'แบบฟอร์ม', 'แบบ', 'กำหนดการ', 'บัญชี',
  'รายละเอียด', 'ตาราง', 'รายงาน', 'สรุป', 'คู่มือ', 'แนวทาง', 'รายชื่อ', 'แผน', 'เอกสาร',
  'ประมาณการ', 'หลักเกณฑ์',
] as const;

/** First words of an address line in the letterhead block. */
export const ADDRESS_STARTS = [
  'ถนน', 'ถ.', 'ตำบล', 'ต.', 'อำเภอ', 'อ.', 'จังหวัด', 'จ.', 'เขต', 'แขวง', 'อาคาร', 'ศูนย์ราชการ',
  'หมู่ที่', 'หมู่', 'เลขที่', 'ซอย', 'ซ.', 'ชั้น', 'กทม', 'กรุงเทพ', 'ตู้ ปณ', 'ตู้ไปรษณีย์',
] as const;

/** Words a body paragraph usually opens with (never an addressee continuation). */
export const BODY_OPENERS = [
  'ด้วย', 'ตามที่', 'ตามหนังสือ', 'ตาม', 'เนื่องจาก', 'อนุสนธิ', 'อ้างถึง', 'ข้าพเจ้า', 'จึงเรียน',
] as const;

/**
 * Words found in a signer's position lines (titles, offices, acting phrases). A line after
 * the first position line that has none of them is not part of the position (OCR noise).
 */
export const POSITION_WORDS = [
  'ผู้ว่าราชการ', 'อธิบดี', 'ปลัด', 'นายก', 'ท้องถิ่น', 'หัวหน้า', 'ผู้อำนวยการ', 'เลขาธิการ', 'รัฐมนตรี',
  'นายอำเภอ', 'ผู้ช่วย', 'รอง', 'ประธาน', 'ผู้บัญชาการ', 'ผู้บังคับ', 'ผู้ตรวจ', 'ผู้จัดการ', 'คณบดี', 'อธิการ',
  'จังหวัด', 'อำเภอ', 'ตำบล', 'เทศบาล', 'กรม', 'กระทรวง', 'สำนัก', 'กอง', 'กลุ่ม', 'ฝ่าย', 'ศูนย์',
  'คณะกรรมการ', 'แทน', 'ราชการ',
] as const;

/** The provinces by name, as printed after จังหวัด (กรุงเทพมหานคร among them). */
export const PROVINCE_NAMES: ReadonlySet<string> = new Set(codes.provinces.map((e) => e.name));
/** "Every district", "every office", ...: how a circular addresses all its readers, after a space ("นายอำเภอ ทุกอำเภอ"). */
export const EVERY_UNIT_NAMES = ['จังหวัด', 'อำเภอ', 'แห่ง', 'หมู่บ้าน', 'ตำบล', 'หน่วย', 'ส่วนราชการ'] as const;
export const EVERY_UNIT_NAME = `(?:${EVERY_UNIT_NAMES.join('|')})`;
export const EVERY_UNIT = `ทุก${EVERY_UNIT_NAME}`;

/** The era marks before a year (พ.ศ. ๒๕๖๘): official letters set a space before and after them. */
export const ERA_MARK = '(?:พ\\.ศ\\.|ค\\.ศ\\.)';

/** Words that official letters write after a space; a line wrapped before them lost one. */
export const SPACED_BEFORE = [
  new RegExp(`^${ERA_MARK}`, 'u'),
  /^จำนวน\s*[0-9\u0E50-\u0E59]/u,
  /^ลงวันที่/u,
  new RegExp(`^${EVERY_UNIT}`, 'u'),
  /^ด่วน(?:ที่สุด|มาก)?(?:\s|$)/u,
  /^ที่\s*[\u0E01-\u0E2E]{2}\s*[0-9\u0E50-\u0E59]/u,
  /^[\u0E01-\u0E2E]{2}\s*[0-9\u0E50-\u0E59]{3,5}(?:\s*\.\s*[0-9\u0E50-\u0E59]+)*\s*\//u,
] as const;

/** Titles that open each name in a list of addressees ("นายก... นายอำเภอ ... และท้องถิ่น..."). */
export const ADDRESSEE_TITLES = [
  'และ', 'นายก', 'นายอำเภอ', 'ผู้ว่าราชการ', 'ผู้อำนวยการ', 'ประธาน', 'กำนัน', 'หัวหน้า',
] as const;

/** Honorifics and ranks that open a person's name. */
export { HONORIFICS } from '../thai/person-names.js';

/**
 * A military or police rank as a signer prints it beside the signature, above a bracketed name
 * that carries no title: in words (พันเอก, นาวาอากาศโท, ร้อยตำรวจเอก, พลเรือตรี) or abbreviated,
 * every abbreviation ending in its grade's letter, เอก/โท/ตรี (พ.อ., พล.ต., ร.ต.อ., จ.ส.อ., น.อ.);
 * (พิเศษ) and หญิง may follow. A position (ผอ.กกล.) does not end so.
 */
export const MILITARY_RANK = new RegExp(
  '^(?:(?:พล|พัน|ร้อย|จ่าสิบ|สิบ|นาวา|เรือ|พลเรือ|นาวาอากาศ|เรืออากาศ|พลอากาศ|พันจ่าอากาศ|จ่าอากาศ|พันจ่า|จ่า|'
    + 'พลตำรวจ|พันตำรวจ|ร้อยตำรวจ|จ่าสิบตำรวจ|สิบตำรวจ)(?:เอก|โท|ตรี)|ดาบตำรวจ|'
    + '(?:[\\u0E01-\\u0E2E]{1,2}\\.){1,3}[อทต]\\.)(?:\\s?\\(พิเศษ\\))?(?:\\s?หญิง)?$',
  'u',
);

/** Issuer name patterns and the level they imply, most specific first (§9.2). */
export const LEVEL_BY_NAME = [
  { pattern: /^(?:สำนักงาน)?ปลัดกระทรวง|^กระทรวง/u, level: 'ministry' },
  { pattern: /องค์การบริหารส่วน|เทศบาล|เมืองพัทยา|กรุงเทพมหานคร/u, level: 'local' },
  { pattern: /ที่ว่าการอำเภอ|อำเภอ\S/u, level: 'district' },
  { pattern: /ศาลากลางจังหวัด|จังหวัด\S/u, level: 'province' },
  { pattern: /^กรม|^สำนักงานคณะกรรมการ|^สำนักงาน\S+แห่งชาติ/u, level: 'department' },
] as const;

/** Signatory titles and the level they imply (used when the reference is unreadable). */
export const LEVEL_BY_POSITION = [
  { pattern: /^(?:รอง)?ปลัดกระทรวง|^รัฐมนตรี/u, level: 'ministry' },
  { pattern: /^นายก(?:องค์การบริหารส่วน|เทศมนตรี)|^ปลัด(?:องค์การบริหารส่วน|เทศบาล)/u, level: 'local' },
  { pattern: /^นายอำเภอ|^ท้องถิ่นอำเภอ/u, level: 'district' },
  { pattern: /^(?:รอง)?ผู้ว่าราชการจังหวัด|^ท้องถิ่นจังหวัด|^\S+จังหวัด\S/u, level: 'province' },
  { pattern: /^(?:รอง)?อธิบดี|^เลขาธิการ/u, level: 'department' },
] as const;

/** Addressee cues: who a letter is sent to tells the level of its sender (§9.2 point 5). */
export const LEVEL_BY_ADDRESSEE = [
  { pattern: /ทุกจังหวัด/u, level: 'department' },
  { pattern: /ทุกอำเภอ/u, level: 'province' },
  { pattern: /ทุกแห่ง/u, level: 'district' },
  { pattern: /ทุกหมู่บ้าน/u, level: 'local' },
] as const;

/** Units of an enclosure count: จำนวน ๑ ฉบับ / ชุด / ... ends an enclosure item. */
export const COUNT_UNITS = ['ฉบับ', 'ชุด', 'แผ่น', 'เล่ม', 'แผ่นซีดี', 'แผ่นดิสก์', 'รายการ', 'หน้า', 'เรื่อง'] as const;
export const COUNT_WORD = 'จำนวน';
