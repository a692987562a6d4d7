import { describe, expect, it } from 'vitest';
import type { OcrEngine, RecognizedLine } from './engine.js';
import { rereadLatin } from './latin.js';
import type { OcrLine, RecognitionView } from './recognize-lines.js';

const view: RecognitionView = {
  image: { data: Buffer.alloc(400 * 60, 255), width: 400, height: 60, dpi: 300 },
  scale: 1,
  page: { width: 400, height: 60 },
};

/** A line of words whose every character is one symbol, side by side. */
function lineOf(words: Array<[string, number]>): OcrLine {
  let x = 0;
  const ocrWords = words.map(([text, confidence]) => {
    const symbols = [...text].map((c) => ({ text: c, confidence, box: { left: x, right: x++ + 8, top: 10, bottom: 40 } }));
    x += 10;
    return { text, confidence, box: { left: symbols[0]!.box.left, right: x, top: 10, bottom: 40 }, symbols };
  });
  return { text: words.map(([t]) => t).join(' '), confidence: 90, box: { left: 0, right: x, top: 10, bottom: 40 }, words: ocrWords };
}

/**
 * An English engine that reads every token as `reading` (or, given several, the tokens in the
 * order it is asked: last token first), and counts what it was asked.
 */
function englishReading(reading: string | string[], confidence = 90) {
  const asked = { count: 0 };
  const readings = [reading].flat();
  const read = (text: string): RecognizedLine[] => [{ text, confidence, bbox: { left: 0, top: 0, right: 10, bottom: 10 }, words: [] }];
  const engine = { recognize: async () => read(readings[Math.min(asked.count++, readings.length - 1)]!) } as unknown as OcrEngine;
  return { asked, latinEngine: async () => engine };
}

describe('rereadLatin', () => {
  it('re-reads an acronym the Thai model turned into digits with an open bracket', async () => {
    const english = englishReading('(ITA)');
    const { lines } = await rereadLatin([lineOf([['ภาครัฐ', 93], ['(11/0', 20]])], view, english.latinEngine);
    expect(lines[0]?.text).toBe('ภาครัฐ (ITA)');
  });

  it('re-reads a lone bracket and digit read with fair confidence', async () => {
    const english = englishReading('(ITA)');
    const { lines } = await rereadLatin([lineOf([['ภาครัฐ', 93], ['(1', 62], ['ประจำปี', 93]])], view, english.latinEngine);
    expect(lines[0]?.text).toBe('ภาครัฐ (ITA) ประจำปี');
  });

  it('re-reads a token of Thai vowel signs run together with a Latin digit ("(1โโ)" for (ITA)), read with confidence', async () => {
    const english = englishReading('(ITA)');
    const { lines } = await rereadLatin([lineOf([['ภาครัฐ', 93], ['(1โโ)', 86], ['ประจำปี', 93]])], view, english.latinEngine);
    expect(lines[0]?.text).toBe('ภาครัฐ (ITA) ประจำปี');
  });

  it('leaves a Thai word with a speck or quote beside it, or read unsurely, to the Thai model ("ด่วน\'" is no "dou")', async () => {
    const english = englishReading('dou');
    const { lines } = await rereadLatin([lineOf([["ด่วน'", 88], ['ที่', 90]]), lineOf([['"ด่วน', 88]]), lineOf([['ด่วน', 30]])], view, english.latinEngine);
    expect(lines.map((l) => l.text)).toEqual(["ด่วน' ที่", '"ด่วน', 'ด่วน']);
    expect(english.asked.count).toBe(0);
    // A word with a digit or a bracket beside it is as likely an acronym's remains: still re-read.
    expect((await rereadLatin([lineOf([['ภาครัฐ', 93], ['(1โล้)', 80]])], view, englishReading('(ITA)').latinEngine)).lines[0]?.text).toBe('ภาครัฐ (ITA)');
    expect((await rereadLatin([lineOf([['คะแนน', 93], ['|โหง', 80]])], view, englishReading('ITA)').latinEngine)).lines[0]?.text).toBe('คะแนน ITA)');
    // A two-letter word is what an acronym comes out as: still re-read.
    expect((await rereadLatin([lineOf([['ละออง', 93], ['ไป|', 80]])], view, englishReading('PM').latinEngine)).lines[0]?.text).toBe('ละออง PM');
  });

  it('leaves numbers read with confidence, and Thai-digit numbers, to the Thai model', async () => {
    const english = englishReading('ABC');
    const { lines } = await rereadLatin([lineOf([['(๑๐)', 20]]), lineOf([['2568', 92], ['(1)', 90]])], view, english.latinEngine);
    expect(lines.map((l) => l.text)).toEqual(['(๑๐)', '2568 (1)']);
    expect(english.asked.count).toBe(0);
  });

  it('re-reads an Arabic number in a line of Thai digits, taking an acronym only ("911 ๒.๕" for PM ๒.๕)', async () => {
    const line = lineOf([['ละออง', 93], ['911', 90], ['๒.๕', 90]]);
    expect((await rereadLatin([line], view, englishReading('PM').latinEngine)).lines[0]?.text).toBe('ละออง PM ๒.๕');
    for (const reading of ['911', 'Pm', 'PM2']) {
      expect((await rereadLatin([line], view, englishReading(reading).latinEngine)).lines[0]?.text, reading).toBe('ละออง 911 ๒.๕');
    }
  });

  it('re-reads a number of Thai and Arabic digits mixed ("(9๒" for (PM), taking an acronym only', async () => {
    const line = lineOf([['ขนาดเล็ก', 93], ['(9๒', 90]]);
    expect((await rereadLatin([line], view, englishReading('(PM').latinEngine)).lines[0]?.text).toBe('ขนาดเล็ก (PM');
    expect((await rereadLatin([line], view, englishReading('(92').latinEngine)).lines[0]?.text).toBe('ขนาดเล็ก (9๒');
    // An acronym's capitals where only an acronym can stand are taken on less confidence than a word.
    expect((await rereadLatin([line], view, englishReading('(PM', 67).latinEngine)).lines[0]?.text).toBe('ขนาดเล็ก (PM');
    expect((await rereadLatin([line], view, englishReading('(PM', 50).latinEngine)).lines[0]?.text).toBe('ขนาดเล็ก (9๒');
    // Digits English reads as their look-alike capitals are no acronym.
    const zeros = lineOf([['ที่', 93], ['0๐', 90]]);
    expect((await rereadLatin([zeros], view, englishReading('OO').latinEngine)).lines[0]?.text).toBe('ที่ 0๐');
  });

  it('re-reads a short token before a decimal number ("21 2.5", "(คต 2.5)" for PM 2.5), taking an acronym only', async () => {
    const digits = lineOf([['ละออง', 93], ['21', 93], ['2.5', 93]]);
    expect((await rereadLatin([digits], view, englishReading('PM').latinEngine)).lines[0]?.text).toBe('ละออง PM 2.5');
    const letters = lineOf([['ขนาดเล็ก', 93], ['(คต', 90], ['2.5', 93], ['ปี', 93]]);
    expect((await rereadLatin([letters], view, englishReading('(PM').latinEngine)).lines[0]?.text).toBe('ขนาดเล็ก (PM 2.5 ปี');
    // The decimal number may have junk the Thai model made of what followed glued to it.
    const glued = lineOf([['ขนาดเล็ก', 93], ['(คต', 90], ['2.5)..ซม', 93]]);
    expect((await rereadLatin([glued], view, englishReading(['2.5)..', '(PM']).latinEngine)).lines[0]?.text).toBe('ขนาดเล็ก (PM 2.5)..ซม');
    // A clause number before its decimal sub-clause stays a number.
    const clause = lineOf([['ข้อ', 93], ['2', 93], ['2.5', 93]]);
    expect((await rereadLatin([clause], view, englishReading('2').latinEngine)).lines[0]?.text).toBe('ข้อ 2 2.5');
    // Before a whole number, or as a Thai word, a token is not asked about.
    const english = englishReading('PM');
    const { lines } = await rereadLatin([lineOf([['ปี', 93], ['21', 93], ['25', 93]]), lineOf([['ร้อยละ', 93], ['2.5', 93]])], view, english.latinEngine);
    expect(lines.map((l) => l.text)).toEqual(['ปี 21 25', 'ร้อยละ 2.5']);
    expect(english.asked.count).toBe(0);
  });

  it('re-reads a short token of Thai letters with a bracket opened and not closed ("(ทด" for (ITA), taking an acronym only', async () => {
    const line = lineOf([['ภาครัฐ', 93], ['(ทด', 92], ['ประจำปี', 93]]);
    expect((await rereadLatin([line], view, englishReading('(ITA').latinEngine)).lines[0]?.text).toBe('ภาครัฐ (ITA ประจำปี');
    expect((await rereadLatin([line], view, englishReading('(Ua').latinEngine)).lines[0]?.text).toBe('ภาครัฐ (ทด ประจำปี');
    // A bracketed Thai word is Thai.
    const english = englishReading('(ITA');
    expect((await rereadLatin([lineOf([['ภาครัฐ', 93], ['(กรม', 92]])], view, english.latinEngine)).lines[0]?.text).toBe('ภาครัฐ (กรม');
    expect(english.asked.count).toBe(0);
  });

  it('keeps the Thai reading when the English one is digits too', async () => {
    const english = englishReading('(11/0');
    const { lines } = await rereadLatin([lineOf([['ภาครัฐ', 93], ['(11/0', 20]])], view, english.latinEngine);
    expect(lines[0]?.text).toBe('ภาครัฐ (11/0');
  });

  it('reads the Arabic digits of a date stamp the Thai model mixed with signs', async () => {
    const english = englishReading('10');
    const { lines } = await rereadLatin([lineOf([[']0', 60], ['กค', 80]])], view, english.latinEngine);
    expect(lines[0]?.text).toBe('10 กค');
  });

  it('never takes a Thai letter for a digit because the English engine read one', async () => {
    const english = englishReading('23645');
    const { lines } = await rereadLatin([lineOf([['มท', 90], ['0403.7/ว3645', 60]])], view, english.latinEngine);
    expect(lines[0]?.text).toBe('มท 0403.7/ว3645');
  });
});
