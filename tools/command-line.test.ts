import { describe, expect, it } from 'vitest';
import { parseToolArguments, UsageError } from './command-line.js';

const OPTIONS = { variant: { type: 'string', default: 'digital' }, details: { type: 'boolean', default: false } } as const;

describe('parseToolArguments', () => {
  it('reads options and positionals, with defaults', () => {
    const { values, positionals } = parseToolArguments(['corpus', '--details'], OPTIONS, 1);
    expect(positionals).toEqual(['corpus']);
    expect(values).toEqual({ variant: 'digital', details: true });
  });

  it('turns a mistyped option or a missing argument into a usage error, not a crash', () => {
    expect(() => parseToolArguments(['corpus', '--varient', 'scan'], OPTIONS, 1)).toThrow(UsageError);
    expect(() => parseToolArguments(['--details'], OPTIONS, 1)).toThrow(/1 argument needed, 0 given/);
  });
});
