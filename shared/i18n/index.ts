import auditDa from './da/audit.json';
import backupDa from './da/backup.json';
import casesDa from './da/cases.json';
import commonDa from './da/common.json';
import securityDa from './da/security.json';
import settingsDa from './da/settings.json';
import auditEn from './en/audit.json';
import backupEn from './en/backup.json';
import casesEn from './en/cases.json';
import commonEn from './en/common.json';
import securityEn from './en/security.json';
import settingsEn from './en/settings.json';

/** One namespace per capability; each language must hold the same keys (tested). */
export const resources = {
  da: { common: commonDa, cases: casesDa, security: securityDa, settings: settingsDa, audit: auditDa, backup: backupDa },
  en: { common: commonEn, cases: casesEn, security: securityEn, settings: settingsEn, audit: auditEn, backup: backupEn },
} as const;

export type Language = keyof typeof resources;
export const namespaces = Object.keys(resources.da) as (keyof (typeof resources)['da'])[];
