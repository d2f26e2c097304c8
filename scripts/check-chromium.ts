// `npm test` runs this first: without Chromium the browser tests would fail one by one after minutes of other suites.
import { CHROMIUM_MISSING, chromiumExecutable } from '../e2e/chromium';

if (!chromiumExecutable()) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
