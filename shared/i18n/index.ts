import casesDa from './da/cases.json';
import commonDa from './da/common.json';
import casesEn from './en/cases.json';
import commonEn from './en/common.json';
import reviewDa from './da/review.json';
import reviewEn from './en/review.json';

/** One namespace per capability; each language must hold the same keys (tested). */
export const resources = {
  da: { common: commonDa, cases: casesDa, review: reviewDa },
  en: { common: commonEn, cases: casesEn, review: reviewEn },
} as const;

export type Language = keyof typeof resources;
export const namespaces = Object.keys(resources.da) as (keyof (typeof resources)['da'])[];
