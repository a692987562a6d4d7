import { describe, expect, it } from 'vitest';
import { dropWords } from './line-text.js';
import type { OcrLine } from './recognize-lines.js';

const box = { left: 0, right: 1, top: 0, bottom: 1 };
const line = (text: string, words: Array<[string, number]>): OcrLine => ({
  text,
  confidence: 90,
  box,
  words: words.map(([t, confidence]) => ({ text: t, confidence, box, symbols: [] })),
});

describe('dropWords', () => {
  it('takes a word out of the text with its space, keeping the rest as read', () => {
    const read = line('วันที่ ๓ 7พ.ค.๒๕', [['ว', 92], ['ันที่', 93], ['๓', 95], ['7', 0], ['พ.', 94], ['ค.', 95], ['๒๕', 89]]);
    const dropped = dropWords(read, (w) => w.confidence < 10);
    expect(dropped.text).toBe('วันที่ ๓ พ.ค.๒๕');
    expect(dropped.words.map((w) => w.text)).not.toContain('7');
  });

  it('leaves a line without such words as it is', () => {
    const read = line('ที่ กห ๑๒๓', [['ที่', 93], ['กห', 96], ['๑๒๓', 96]]);
    expect(dropWords(read, (w) => w.confidence < 10)).toBe(read);
  });
});
