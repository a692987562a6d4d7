import { describe, expect, it } from 'vitest';
import { characterErrorRate, editDistance } from './cer.js';
import { squash } from './compare.js';

describe('eval scoring', () => {
  it('counts edits between code point sequences', () => {
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
    expect(editDistance([], [...'abc'])).toBe(3);
  });

  it('ignores whitespace in the character error rate', () => {
    expect(characterErrorRate('ที่ มท ๐๘๐๔', 'ที่มท\n๐๘๐๔')).toEqual({ errors: 0, length: 9 });
    expect(characterErrorRate('สำเนา', 'สาเนา').errors).toBe(1);
  });

  it('compares text with runs of whitespace collapsed', () => {
    expect(squash('  เรื่อง\n  ทดสอบ ')).toBe('เรื่อง ทดสอบ');
    expect(squash(null)).toBeNull();
  });
});
