import casesDa from './da/cases.json';
import commonDa from './da/common.json';
import casesEn from './en/cases.json';
import commonEn from './en/common.json';
import mapDa from './da/map.json';
import mapEn from './en/map.json';

/** One namespace per capability; each language must hold the same keys (tested). */
export const resources = {
  da: { common: commonDa, cases: casesDa, map: mapDa },
  en: { common: commonEn, cases: casesEn, map: mapEn },
} as const;

export type Language = keyof typeof resources;
export const namespaces = Object.keys(resources.da) as (keyof (typeof resources)['da'])[];
