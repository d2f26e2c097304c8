// Every relative link in README.md and docs/**/*.md points at a file that exists, and an anchor at a heading there.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function markdownFiles(): string[] {
  const docs = fs.readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f));
  return ['README.md', ...docs.sort()];
}

/** Code blocks and code spans are examples, not links. */
const withoutCode = (text: string) => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading] of withoutCode(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = heading!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

/** The broken relative links of one file (path relative to the repository), as "target: why". */
function brokenLinks(file: string, markdown: string, exists = (p: string) => fs.existsSync(p), read = (p: string) => fs.readFileSync(p, 'utf8')): string[] {
  const broken: string[] = [];
  for (const [, raw] of withoutCode(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    const target = raw!;
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
    const [pathPart = '', anchor] = target.split('#');
    const resolved = pathPart ? path.join(root, path.dirname(file), decodeURIComponent(pathPart)) : path.join(root, file);
    if (!exists(resolved)) {
      broken.push(`${target}: ${path.relative(root, resolved)} findes ikke`);
      continue;
    }
    if (anchor && resolved.endsWith('.md') && !anchorsOf(read(resolved)).has(decodeURIComponent(anchor).toLowerCase())) {
      broken.push(`${target}: ingen overskrift #${anchor} i ${path.relative(root, resolved)}`);
    }
  }
  return broken;
}

describe('links in the README and docs/', () => {
  const files = markdownFiles();

  it('finds the README and the docs (so the check below cannot pass on nothing)', () => {
    expect(files).toContain('README.md');
    expect(files).toContain(path.join('docs', 'data-protection.md'));
    expect(files.filter((f) => f.startsWith(path.join('docs', 'decisions'))).length).toBeGreaterThan(10);
  });

  it.each(files)('%s: every relative link and anchor resolves', (file) => {
    expect(brokenLinks(file, fs.readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });

  it('reports a missing file and a missing heading, and ignores web links and code', () => {
    const markdown = [
      '# Kreds', '## Where each capability lives', '',
      '[gone](docs/nowhere.md) [ok](README.md#where-each-capability-lives) [no heading](README.md#nope)',
      '[web](https://example.org/x.md) `[code](docs/also-nowhere.md)` [self](#kreds)',
    ].join('\n');
    const files = new Map([[path.join(root, 'README.md'), markdown]]);
    expect(brokenLinks('README.md', markdown, (p) => files.has(p), (p) => files.get(p)!)).toEqual([
      'docs/nowhere.md: docs/nowhere.md findes ikke',
      'README.md#nope: ingen overskrift #nope i README.md',
    ]);
  });

  it('makes anchors the way GitHub does: Danish letters kept, punctuation dropped, repeats numbered', () => {
    expect([...anchorsOf('# Data og beskyttelse\n## Føl dig hjemme: æ, ø & å\n## Tests\n## Tests\n```\n# not a heading\n```')]).toEqual([
      'data-og-beskyttelse', 'føl-dig-hjemme-æ-ø--å', 'tests', 'tests-1',
    ]);
  });
});
