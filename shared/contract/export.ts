import { z } from 'zod';
import { channel } from './define';

/** Only the print routes may be turned into a PDF; nothing else in the app is printed behind the user's back. */
export const PRINT_ROUTE = /^\/print\/(meeting|plan|prepare|safety-plan|child-story)\/[0-9a-f-]{36}(\?version=(family|professional))?$/;

export const exportContract = {
  /**
   * A PDF of a print route, answered by the host: Electron renders it with printToPDF and asks where to save
   * (savedTo is the path, '' when the user cancelled); the browser host answers null and the renderer uses the
   * browser's print dialog with the same print stylesheet.
   */
  'export.pdf': channel<{ savedTo: string } | null>()(
    z.object({ route: z.string().max(200).regex(PRINT_ROUTE, 'Ukendt udskrift'), fileName: z.string().trim().min(1).max(120).regex(/^[^/\\:*?"<>|]+\.pdf$/) }).strict(),
  ),
};
