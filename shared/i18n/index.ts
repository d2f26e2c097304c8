import casesDa from './da/cases.json';
import commonDa from './da/common.json';
import followupsDa from './da/followups.json';
import casesEn from './en/cases.json';
import commonEn from './en/common.json';
import followupsEn from './en/followups.json';

/** One namespace per capability; each language must hold the same keys (tested). */
export const resources = {
  da: { common: commonDa, cases: casesDa, followups: followupsDa },
  en: { common: commonEn, cases: casesEn, followups: followupsEn },
} as const;

export type Language = keyof typeof resources;
export const namespaces = Object.keys(resources.da) as (keyof (typeof resources)['da'])[];
