/// <reference types="vite/client" />
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '.';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('translations', () => {
  for (const ns of Object.keys(resources.da) as (keyof typeof resources.da)[]) {
    it(`namespace "${ns}" has the same keys in Danish and English`, () => {
      const da = keys(resources.da[ns]).sort();
      const en = keys(resources.en[ns]).sort();
      expect(da.filter((k) => !en.includes(k))).toEqual([]);
      expect(en.filter((k) => !da.includes(k))).toEqual([]);
    });
    it(`namespace "${ns}" has no empty Danish text`, () => {
      const empty = keys(resources.da[ns]).filter((k) => {
        const value = k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], resources.da[ns]);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    });
    it(`namespace "${ns}" gives every plural both a _one and an _other form`, () => {
      const plural = keys(resources.da[ns]).filter((k) => PLURAL.test(k));
      const bases = new Set(plural.map((k) => k.replace(PLURAL, '')));
      for (const base of bases) expect(plural, base).toEqual(expect.arrayContaining([`${base}_one`, `${base}_other`]));
    });
  }

  it('counts in Danish: "1 sag", "3 sager"', async () => {
    const t = await i18next.createInstance().init({ resources, lng: 'da', defaultNS: 'common', interpolation: { escapeValue: false } });
    expect(t('cases:list.count', { count: 1 })).toBe('1 sag');
    expect(t('cases:list.count', { count: 3 })).toBe('3 sager');
    expect(t('cases:list.count', { count: 0 })).toBe('0 sager');
    expect(t('settings:demo.removed', { count: 1 })).toBe('1 demosag er fjernet');
  });
});

/**
 * Every literal key the screens use must exist in Danish. Reads renderer/**\/*.tsx as text and finds
 * `t('ns:key')` and `t('key')` (the file's `useTranslation('ns')` namespace, else "common"), plus `label: 'ns:key'`
 * registry entries. Keys built at run time (template strings) cannot be checked this way.
 */
const sources = import.meta.glob('../../renderer/**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function hasKey(ns: string, key: string): boolean {
  const tree = (resources.da as Record<string, unknown>)[ns];
  const lookup = (k: string) => k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], tree);
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_one`) === 'string';
}

function usedKeys(withComments: string): { ns: string; key: string }[] {
  const source = withComments.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  // useTranslation('ns'), useTranslation(['ns', 'other']) or a helper taking TFunction<'ns'>: that namespace is the default.
  const defaultNs = /(?:useTranslation\(\s*\[?\s*|TFunction<\s*)'([\w-]+)'/.exec(source)?.[1] ?? 'common';
  const found: { ns: string; key: string }[] = [];
  for (const match of source.matchAll(/\bt\(\s*'([^'$`]+)'/g)) {
    const [ns, key] = match[1]!.includes(':') ? match[1]!.split(':') : [defaultNs, match[1]!];
    found.push({ ns: ns!, key: key! });
  }
  for (const match of source.matchAll(/\b(?:title|label):\s*'([\w-]+):([\w.]+)'/g)) found.push({ ns: match[1]!, key: match[2]! });
  return found;
}

describe('keys used by the screens', () => {
  it('finds the screens to scan', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
  });
  it('reads t() calls with and without a namespace', () => {
    expect(usedKeys(`useTranslation('cases'); t('list.title'); t('common:actions.edit'); t(\`type.\${x}\`)`)).toEqual([
      { ns: 'cases', key: 'list.title' },
      { ns: 'common', key: 'actions.edit' },
    ]);
  });
  it('every literal key exists in Danish', () => {
    const missing = Object.entries(sources).flatMap(([file, source]) =>
      usedKeys(source)
        .filter(({ ns, key }) => !hasKey(ns, key))
        .map(({ ns, key }) => `${file.replace('../../', '')}: ${ns}:${key}`),
    );
    expect(missing).toEqual([]);
  });
});

/** DOMAIN.md: one word per concept, current names. Each rule: what to avoid, when it is fine, what to write. */
const GLOSSARY: { avoid: RegExp; unless?: RegExp; write: string }[] = [
  { avoid: /\bSocialstyrelsen\b/, unless: /Social- og Boligstyrelsen/, write: 'Social- og Boligstyrelsen (tidligere Socialstyrelsen)' },
  { avoid: /\bhandleplan/i, unless: /barnets plan|ungeplan/i, write: 'barnets plan (tidligere handleplan)' },
  { avoid: /\bopnåelig/i, write: 'SMART: Specifikke, Målbare, Attraktive, Realistiske, Tidsbestemte' },
  { avoid: /netværks[ -]møde/i, write: 'netværksmøde' },
  { avoid: /\d{1,2}\/\d{1,2}\/\d{2,4}/, write: 'datoer som dd.mm.yyyy' },
];

describe('Danish wording', () => {
  it('follows the glossary in DOMAIN.md', () => {
    const texts = Object.entries(resources.da).flatMap(([ns, tree]) =>
      keys(tree).map((key) => ({ at: `${ns}:${key}`, text: String(key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree)) })),
    );
    const wrong = texts.flatMap(({ at, text }) =>
      GLOSSARY.filter((rule) => rule.avoid.test(text) && !(rule.unless?.test(text) ?? false)).map((rule) => `${at}: skriv ${rule.write}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('"Sådan gør du" help', () => {
  it('has one plain Danish paragraph for every meeting phase kind and for the map', () => {
    const kinds = ['welcome', 'introductions', 'child_voice', 'family_perspective', 'network_professionals', 'mapping', 'scaling', 'goals_agreements', 'next_meeting', 'closing', 'since_last'];
    expect(Object.keys(resources.da.howto.phase).sort()).toEqual([...kinds].sort());
    for (const text of [...Object.values(resources.da.howto.phase), resources.da.howto.map]) {
      expect(text.length).toBeLessThan(420);
      expect(text).not.toMatch(/\n/);
    }
  });
});

describe('dates and times on screen', () => {
  it("never take the browser's own format (dd.mm.yyyy and HH.mm come from shared/domain/dates.ts)", () => {
    const own = Object.entries(sources)
      .filter(([, source]) => /\.toLocale(Date|Time)?String\(\s*\)/.test(source))
      .map(([file]) => file);
    expect(own).toEqual([]);
  });
});
