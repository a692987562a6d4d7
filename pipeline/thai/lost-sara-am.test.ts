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

  it('never changes a real word that equals or contains a listed word without ำ', () => {
    for (const text of ['จาน', 'ประจาน', 'ประจานความผิด', 'สารองค์กร', 'สาลี', 'ข้าวสาลี', 'ทา', 'นา', 'ค่า', 'คาถามหาเสน่ห์']) {
      expect(restoreLostSaraAm(text)).toBe(text);
    }
  });

  it('leaves short words alone, whose form without ำ is a real word (ทา นา คา)', () => {
    expect(restoreLostSaraAm('ทา นา คา น้า')).toBe('ทา นา คา น้า');
  });
});
