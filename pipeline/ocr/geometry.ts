/** Pixel rectangles shared by the layout stages. */
export interface Box {
  /** Inclusive pixel bounds. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const widthOf = (b: Box): number => b.right - b.left + 1;
export const heightOf = (b: Pick<Box, 'top' | 'bottom'>): number => b.bottom - b.top + 1;
