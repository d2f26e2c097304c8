import agreementsDa from './da/agreements.json';
import casesDa from './da/cases.json';
import commonDa from './da/common.json';
import mapDa from './da/map.json';
import meetingsDa from './da/meetings.json';
import planDa from './da/plan.json';
import agreementsEn from './en/agreements.json';
import casesEn from './en/cases.json';
import commonEn from './en/common.json';
import mapEn from './en/map.json';
import meetingsEn from './en/meetings.json';
import planEn from './en/plan.json';

/** One namespace per capability; each language must hold the same keys (tested). */
export const resources = {
  da: { common: commonDa, cases: casesDa, meetings: meetingsDa, map: mapDa, agreements: agreementsDa, plan: planDa },
  en: { common: commonEn, cases: casesEn, meetings: meetingsEn, map: mapEn, agreements: agreementsEn, plan: planEn },
} as const;

export type Language = keyof typeof resources;
export const namespaces = Object.keys(resources.da) as (keyof (typeof resources)['da'])[];
