import { describe, expect, it } from 'vitest';
import { restoreLostSaraAm } from './lost-sara-am.js';

describe('restoreLostSaraAm', () => {
  it('puts ำ back into listed official words that a font map broke', () => {
    expect(restoreLostSaraAm('สาเนา')).toBe('สำเนา');
    expect(restoreLostSaraAm('จานวน ๒ ฉบับ')).toBe('จำนวน ๒ ฉบับ');
    expect(restoreLostSaraAm('ดาเนินการ')).toBe('ดำเนินการ');
  });

  it('repairs listed words glued to the words around them', () => {
    expect(restoreLostSaraAm('สาเนาหนังสือ')).toBe('สำเนาหนังสือ');
    expect(restoreLostSaraAm('องค์การบริหารส่วนตาบลหนองบัว อาเภอเมือง')).toBe(
      'องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง',
    );
    expect(restoreLostSaraAm('ประจาปีงบประมาณ')).toBe('ประจำปีงบประมาณ');
    expect(restoreLostSaraAm('โดยนาแนวทางไปใช้ กาหนดให้ส่งภายในวันที่')).toBe(
      'โดยนาแนวทางไปใช้ กำหนดให้ส่งภายในวันที่',
    );
  });

  it('falls back to a shorter listed word when a compound is not read as one word', () => {
    expect(restoreLostSaraAm('นักวิชาการยุติธรรมชานาญการ๑๒.')).toBe('นักวิชาการยุติธรรมชำนาญการ๑๒.');
    expect(restoreLostSaraAm('ซึ่งการดาเนินโครงการฯ ประจาปี')).toBe('ซึ่งการดำเนินโครงการฯ ประจำปี');
    expect(restoreLostSaraAm('สรุปผลการดาเนินกิจกรรม๗.๒')).toBe('สรุปผลการดำเนินกิจกรรม๗.๒');
  });

  it('repairs a word the word breaker misreads before repair ("ทุ|กอาเภ|อสิ่")', () => {
    expect(restoreLostSaraAm('ท้องถิ่นอำเภอ ทุกอาเภอสิ่งที่ส่งมาด้วย')).toBe('ท้องถิ่นอำเภอ ทุกอำเภอสิ่งที่ส่งมาด้วย');
    expect(restoreLostSaraAm('เป็นตัวแปรสาคัญที่ฉุดรั้ง')).toBe('เป็นตัวแปรสำคัญที่ฉุดรั้ง');
  });

  it('never changes a real word that equals or contains a listed word without ำ', () => {
    for (const text of ['จาน', 'ประจาน', 'ประจานความผิด', 'สารองค์กร', 'สาลี', 'ข้าวสาลี', 'ทา', 'นา', 'ค่า', 'คาถามหาเสน่ห์']) {
      expect(restoreLostSaraAm(text)).toBe(text);
    }
  });

  it('leaves short words alone, whose form without ำ is a real word (ทา นา คา)', () => {
    expect(restoreLostSaraAm('ทา นา คา น้า')).toBe('ทา นา คา น้า');
  });
});
