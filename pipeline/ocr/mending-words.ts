import codes from '../thai/data/agency-codes.json' with { type: 'json' };
import departments from '../thai/data/departments.json' with { type: 'json' };
import { skeletonOf } from '../thai/index.js';

/**
 * Frequent words of Thai official letters whose tone marks and upper or lower vowels OCR tends to
 * drop or confuse (ท้องถิ่น read as ท้องถิน, สิ่ง as สิง, ผู้ as ผ้). Used with the official word
 * list of pipeline/thai (the words with sara am) to mend near-misses; see mend.ts.
 * General vocabulary of correspondence and administration only, nothing about any one letter.
 */
const LETTER_WORDS: readonly string[] = [
  // Letter structure
  'ที่', 'วันที่', 'เรื่อง', 'เรียน', 'อ้างถึง', 'สิ่งที่ส่งมาด้วย', 'ส่วนราชการ', 'ด่วนที่สุด', 'ด่วนมาก',
  'ขอแสดงความนับถือ', 'บันทึกข้อความ', 'ปฏิบัติราชการแทน', 'รักษาราชการแทน', 'สำเนาส่ง', 'ลงวันที่',
  'ไปรษณีย์อิเล็กทรอนิกส์', 'โทรศัพท์', 'ผู้รับผิดชอบ', 'ผู้ประสานงาน',
  // Government and places
  'ท้องถิ่น', 'ท้องถิ่นจังหวัด', 'ท้องถิ่นอำเภอ', 'องค์กรปกครองส่วนท้องถิ่น', 'ส่วนท้องถิ่น', 'ส่งเสริม',
  'จังหวัด', 'ผู้ว่าราชการจังหวัด', 'รองผู้ว่าราชการจังหวัด', 'ศาลากลางจังหวัด', 'ทุกจังหวัด', 'ทุกอำเภอ', 'ทุกหมู่บ้าน',
  'เทศมนตรี', 'นายกเทศมนตรี', 'องค์การบริหารส่วนจังหวัด', 'ผู้บริหาร', 'ผู้อำนวยการ',
  'นายอำเภอ', 'องค์การบริหารส่วนตำบล', 'นายกองค์การบริหารส่วนจังหวัด', 'นายกองค์การบริหารส่วนตำบล',
  'ประธานกรรมการ', 'กรรมการ', 'ความมั่นคง',
  'หัวหน้า', 'หัวหน้าส่วนราชการ', 'เจ้าหน้าที่', 'ข้าราชการ', 'พนักงานส่วนท้องถิ่น', 'ปลัด', 'ผู้ใหญ่บ้าน',
  'หมู่บ้าน', 'ชุมชน', 'หน่วยงาน', 'ภาครัฐ', 'หน่วยงานภาครัฐ', 'พื้นที่', 'ในพื้นที่', 'ทั่วประเทศ', 'ศูนย์พัฒนาเด็กเล็ก',
  'คณะรัฐมนตรี', 'รัฐมนตรี', 'ปลัดกระทรวง', 'อธิบดี', 'ศูนย์',
  // Acts and requests
  'พิจารณา', 'ปฏิบัติ', 'ถือปฏิบัติ', 'การปฏิบัติงาน', 'เกี่ยวข้อง', 'ที่เกี่ยวข้อง', 'แจ้งให้ทราบ',
  'ขอความร่วมมือ', 'ความร่วมมือ', 'ร่วมกับ', 'สนับสนุน', 'ประชาสัมพันธ์', 'เผยแพร่',
  'รายละเอียด', 'รายชื่อ', 'บัญชีรายชื่อ', 'ดังกล่าว', 'ดังนี้', 'ต่อไป', 'ทั้งนี้', 'อนึ่ง', 'เนื่องจาก',
  'ตั้งแต่', 'ระหว่าง', 'ภายใต้', 'เพื่อให้', 'เพื่อ', 'ได้รับ', 'ได้รับแจ้ง', 'แจ้ง',
  'เห็นควร', 'เห็นชอบ', 'อนุมัติ', 'อนุญาต', 'แต่งตั้ง', 'ติดตาม', 'ประเมิน',
  'เข้าร่วม', 'ผู้เข้าร่วม', 'ประชุม', 'การประชุม', 'เชิงปฏิบัติการ', 'ชี้แจง',
  'เร่งรัด', 'ป้องกัน', 'แก้ไข', 'ปัญหา', 'อุปสรรค', 'ข้อเสนอแนะ', 'เรียบร้อย', 'ถูกต้อง', 'ครบถ้วน',
  'เป้าหมาย', 'วัตถุประสงค์', 'ผลการดำเนินงาน', 'ข้อมูล', 'หนังสือ', 'ระเบียบ', 'โครงการ', 'รายงาน', 'แบบรายงาน',
  'พระราชบัญญัติ', 'คำสั่ง', 'มติ', 'ยุทธศาสตร์',
  // Money, time, people
  'ปีงบประมาณ', 'งบประมาณ', 'จัดซื้อจัดจ้าง', 'พัสดุ', 'ค่าใช้จ่าย', 'เบิกจ่าย', 'ภาษี', 'ผู้เสียภาษี', 'ที่ดิน', 'สิ่งปลูกสร้าง',
  'ทรัพย์สิน', 'ภายในวันที่', 'ถัดไป', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
  'กุมภาพันธ์', 'มีนาคม', 'มิถุนายน', 'สิงหาคม', 'กันยายน',
  // Words with no marks at all, so that a speck OCR read as one (กระทรูวง, กรก์ฎาคม) is taken out
  'กระทรวง', 'มกราคม', 'เมษายน', 'พฤษภาคม', 'กรกฎาคม',
  'บุคลากร', 'ผู้บังคับบัญชา', 'นักเรียน', 'โรงเรียน', 'เด็ก', 'ผู้สูงอายุ', 'ผู้พิการ', 'สุขภาพ',
  'ความปลอดภัย', 'สิ่งแวดล้อม', 'สาธารณภัย', 'ทุจริต', 'ธรรมาภิบาล', 'คุณธรรม', 'ความโปร่งใส',
  'เทคโนโลยี', 'เว็บไซต์', 'อิเล็กทรอนิกส์', 'ทั้งหมด', 'ทั้งสิ้น', 'ทุกแห่ง',
];

/** A name as printed in a line: its short form in brackets and its spaces left out. */
const nameOf = (name: string): string => name.replace(/\s*\(.*\)$/u, '').replace(/\s+/gu, '');
/** A province's name alone is mended only this long: shorter ones (น่าน, เลย) are words of their own too. */
const MIN_PROVINCE_LETTERS = 5;

/**
 * The names of ministries, departments, other agencies and provinces in the agency tables: the
 * heads, addressees and citations of letters name them (กรมส่งเสริมการปกครองท้องถิ่น read as
 * "กรมส่งเสริมการปกค่รองท้องถิ่น"). A province by จังหวัด and its name, and by its name alone
 * when that is long (เมืองกาญจนบุรี).
 */
const AGENCY_NAMES: readonly string[] = [
  ...[...codes.ministries, ...codes.former_ministries, ...codes.other_agencies].map((e) => nameOf(e.name)),
  ...departments.departments.flatMap((d) => d.names.map(nameOf)),
  ...codes.provinces.flatMap((p) => [`จังหวัด${p.name}`, ...(skeletonOf(p.name).length >= MIN_PROVINCE_LETTERS ? [p.name] : [])]),
];

export const MENDING_WORDS: readonly string[] = [...new Set([...LETTER_WORDS, ...AGENCY_NAMES])];
