import { api } from '../../api';
import { navigate } from '../../app/router';

function withParams(route: string, params: string): string {
  return `${route}${route.includes('?') ? '&' : '?'}${params}`;
}

/**
 * Makes a PDF of a print route. Electron renders and saves it (returns the path, or null when cancelled); in the
 * browser host the print route opens in a new tab and the browser's print dialog ("Gem som PDF" or a printer) takes
 * over, using the same print stylesheet.
 */
export async function exportPdf(route: string, fileName: string): Promise<string | null> {
  const result = await api['export.pdf']({ route, fileName });
  if (result) return result.savedTo || null;
  window.open(`${window.location.pathname}${window.location.search}#${withParams(route, 'autoprint=1')}`, '_blank');
  return null;
}

/**
 * Prints a print route on paper from Electron, where there is no browser tab: the window shows the print page, the
 * system's print dialog opens, and the window goes back to where it was when the dialog closes (PrintFrame).
 */
export function printOnPaper(route: string): void {
  navigate(withParams(route, 'autoprint=1&back=1'));
}
