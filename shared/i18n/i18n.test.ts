import { describe, expect, it } from 'vitest';
import { resources } from '.';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

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
  }
});
