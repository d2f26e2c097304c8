/**
 * The page furniture of every PDF Kreds makes: A4, page numbers, and the date and municipality on every page. It is
 * CSS (@page margin boxes), so Electron's printToPDF, the browser's print dialog and the test's page.pdf() give the
 * same pages.
 */

/** A CSS string literal: user text (the municipality's name) can never close the string or the rule. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

export function pageCss(footerLeft: string, footerRight = ''): string {
  return `@page {
  size: A4;
  margin: 16mm 18mm 18mm 18mm;
  @bottom-left { content: ${cssString(footerLeft)}; font: 8pt sans-serif; color: #444; }
  @bottom-center { content: "Side " counter(page) " af " counter(pages); font: 8pt sans-serif; color: #444; }
  @bottom-right { content: ${cssString(footerRight)}; font: 8pt sans-serif; color: #444; }
}`;
}

/**
 * Barnets bog as an A5 booklet: small margins, the page number only (a child's book carries no print date or
 * municipality on every page).
 */
export function bookletPageCss(): string {
  return `@page {
  size: A5;
  margin: 12mm 12mm 14mm 12mm;
  @bottom-center { content: counter(page); font: 10pt sans-serif; color: #444; }
}`;
}
