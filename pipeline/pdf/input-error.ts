/** Why a PDF cannot be read, as a code for programs and a message for people. */

/** over-limit: reading the file would pass one of the limits of limits.ts (a hostile or broken file). */
export type PdfInputErrorCode = 'empty' | 'not-pdf' | 'encrypted' | 'truncated' | 'unreadable' | 'over-limit';

/** A PDF the pipeline cannot read; the message names the reason, the caller adds the file name. */
export class PdfInputError extends Error {
  override readonly name = 'PdfInputError';
  constructor(
    readonly code: PdfInputErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
