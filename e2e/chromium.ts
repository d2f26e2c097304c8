import fs from 'node:fs';
import path from 'node:path';

/** Where the usual installs put Chromium (or Chrome) on Linux, macOS and Windows. */
function installedCandidates(): string[] {
  const windows = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA]
    .filter((dir): dir is string => !!dir)
    .flatMap((dir) => [path.join(dir, 'Chromium', 'Application', 'chrome.exe'), path.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe')]);
  return [
    '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ...windows,
  ];
}

/**
 * The system's Chromium (Playwright cannot download its own browsers here). `CHROMIUM_PATH`, when set, is the only
 * candidate: an explicit choice that does not exist is reported, not silently replaced by another browser.
 */
export function chromiumExecutable(): string | undefined {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : installedCandidates();
  return candidates.find((p) => fs.existsSync(p));
}

/** One Danish line: what is missing and how to install it on each system. */
export const CHROMIUM_MISSING =
  'Chromium mangler (testene og benchmarken kører i det). Installér det – Debian: sudo apt install chromium · Ubuntu: sudo snap install chromium · ' +
  'macOS: brew install --cask chromium · Windows: winget install Hibbiki.Chromium – eller sæt CHROMIUM_PATH til en Chromium eller Chrome.';

/** Flags keep it off the closed network. */
export function chromiumLaunchOptions() {
  return {
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}
