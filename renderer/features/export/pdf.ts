import { api } from '../../api';

/**
 * Makes a PDF of a print route. Electron renders and saves it (returns the path, or null when cancelled); in the
 * browser host the print route opens in a new tab and the browser's print dialog ("Gem som PDF") takes over, using
 * the same print stylesheet.
 */
export async function exportPdf(route: string, fileName: string): Promise<string | null> {
  const result = await api['export.pdf']({ route, fileName });
  if (result) return result.savedTo || null;
  const separator = route.includes('?') ? '&' : '?';
  window.open(`${window.location.pathname}${window.location.search}#${route}${separator}autoprint=1`, '_blank');
  return null;
}
