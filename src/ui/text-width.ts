/** The width a line of text takes in a font (a CSS `font` shorthand), in CSS pixels, measured on a canvas. */
let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, font: string): number | null {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (!context) return null;
  context.font = font;
  return context.measureText(text).width;
}

/** The widest of `texts` in `font`, rounded up; 0 when nothing can be measured. */
export function widestText(texts: Iterable<string>, font: string): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, textWidth(text, font) ?? 0);
  return Math.ceil(widest);
}
