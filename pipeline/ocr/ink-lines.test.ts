import { describe, expect, it } from 'vitest';
import type { Box } from './geometry.js';
import { mergeInkLines } from './ink-lines.js';
import type { OcrLine } from './recognize-lines.js';

/** A line of words, each word [text, left, right]; all on rows top..bottom. */
function line(words: Array<[string, number, number]>, top = 100, bottom = 140): OcrLine {
  const box = (left: number, right: number): Box => ({ left, right, top, bottom });
  return {
    text: words.map(([text]) => text).join(''),
    confidence: 90,
    box: box(words[0]?.[1] ?? 0, words.at(-1)?.[2] ?? 0),
    words: words.map(([text, left, right]) => ({ text, confidence: 90, box: box(left, right), symbols: [] })),
  };
}

describe('mergeInkLines', () => {
  const header = line([['ที่', 100, 140], [' ', 141, 150], ['กท', 160, 200], ['๐๔๐๖/', 210, 300], [' ', 301, 700], ['วันที่', 700, 780], [' ', 781, 900], ['กันยายน', 900, 1000]]);

  it('puts a number written on a printed line at its place in the line', () => {
    const number = line([['๖๕๕๐', 290, 380]], 95, 145);
    const day = line([['๒๔', 800, 860]], 98, 142);
    const [merged] = mergeInkLines([header], [header.text], [number, day]);
    expect(merged?.text).toBe('ที่ กท๐๔๐๖/ ๖๕๕๐ วันที่ ๒๔ กันยายน');
  });

  it('places pieces in the final text although its digits were re-read', () => {
    const [merged] = mergeInkLines([header], ['ที่ กท๐๔๐๖/ วันที่ กันยายน'.replace('๐๔๐๖', '๐๔๐๘')], [line([['๒๔', 800, 860]], 98, 142)]);
    expect(merged?.text).toBe('ที่ กท๐๔๐๘/ วันที่ ๒๔ กันยายน');
  });

  it('keeps a stamp beside the header, or taller than a line, apart after the page lines', () => {
    const farStamp = line([['รับที่', 1500, 1600]], 100, 140);
    const block = line([['เลขรับ ๒๒ วันที่ ๖ ม.ค.', 200, 600]], 60, 260);
    const merged = mergeInkLines([header], [header.text], [farStamp, block]);
    expect(merged.map((l) => l.text)).toEqual([header.text, 'รับที่', 'เลขรับ ๒๒ วันที่ ๖ ม.ค.']);
  });

  it('puts a line it is told to where it stands (a date stamped under the address), the rest after the page', () => {
    const address = line([['ถนนอัษฎางค์ กทม. 10200', 1100, 1440]], 310, 350);
    const subject = line([['เรื่อง ขออนุญาต', 236, 800]], 490, 540);
    const stamped = line([['10 ก.ค. 2552', 776, 1020]], 362, 401);
    const note = line([['ได้รับเรื่องแล้ว', 240, 600]], 1540, 1600);
    const merged = mergeInkLines([header, address, subject], [header.text, address.text, subject.text], [note, stamped], new Set([stamped]));
    expect(merged.map((l) => l.text)).toEqual([header.text, address.text, '10 ก.ค. 2552', subject.text, 'ได้รับเรื่องแล้ว']);
  });
});
