/**
 * Builtins as Node made them, captured before pdfjs's legacy build is evaluated (see pdfjs.ts).
 * This module must not import pdfjs, directly or not.
 */
export const nativeBuiltins = {
  arrayPush: Array.prototype.push,
  jsonParse: JSON.parse,
  jsonStringify: JSON.stringify,
} as const;
