import fs from 'node:fs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/**
 * Reading the PDFs Kreds prints, in JavaScript (pdfjs-dist's Node build), so tests and the bench need no poppler:
 * the prerequisites stay Node and Chromium.
 */
async function open(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise;
}

export async function pdfPageCount(file: string): Promise<number> {
  const doc = await open(file);
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** Each page's size in points (A4 is about 595 × 842, A5 about 420 × 595). */
export async function pdfPageSizes(file: string): Promise<{ width: number; height: number }[]> {
  const doc = await open(file);
  try {
    const sizes: { width: number; height: number }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = (await doc.getPage(n)).view;
      sizes.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0) });
    }
    return sizes;
  } finally {
    await doc.destroy();
  }
}

/** The text of every page in reading order, one line per printed line, pages separated by a form feed (as pdftotext). */
export async function pdfText(file: string): Promise<string> {
  const doc = await open(file);
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(linesOf(content.items.filter((item): item is TextItem => 'str' in item)));
    }
    return pages.join('\f');
  } finally {
    await doc.destroy();
  }
}

/** Items on the same baseline form a line; a visible gap between two items on a line is a space. */
function linesOf(items: TextItem[]): string {
  let text = '';
  let last: { y: number; endX: number } | undefined;
  for (const item of items) {
    const [, , , , x = 0, y = 0] = item.transform as number[];
    if (last && Math.abs(y - last.y) > 1) text += '\n';
    else if (last && x - last.endX > 1 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    if (item.str !== '' || item.width > 0) last = { y, endX: x + item.width };
  }
  return text;
}

/** pdfjs's Node canvas factory (on @napi-rs/canvas, which pdfjs-dist installs); its type says only `Object`. */
interface NodeCanvasFactory {
  create(width: number, height: number): { canvas: HTMLCanvasElement & { toBuffer(mime: 'image/png'): Buffer }; context: CanvasRenderingContext2D };
  destroy(entry: { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D }): void;
}

/** Each page as a PNG (for a person to look at, and to prove the pages render); returns the files written. */
export async function pdfPagesAsPng(file: string, outPrefix: string, scale = 1): Promise<{ file: string; inkShare: number }[]> {
  const doc = await open(file);
  try {
    const written: { file: string; inkShare: number }[] = [];
    const factory = doc.canvasFactory as NodeCanvasFactory;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvas, canvasContext: context, viewport, background: 'white' }).promise;
      const out = `${outPrefix}-${n}.png`;
      fs.writeFileSync(out, canvas.toBuffer('image/png'));
      written.push({ file: out, inkShare: inkShare(context.getImageData(0, 0, canvas.width, canvas.height).data) });
      factory.destroy({ canvas, context });
    }
    return written;
  } finally {
    await doc.destroy();
  }
}

/** The share of pixels that are clearly not white: 0 for a blank page. */
function inkShare(rgba: Uint8ClampedArray): number {
  let dark = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 600) dark++;
  return dark / (rgba.length / 4);
}
