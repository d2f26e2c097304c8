import agreementsDa from './da/agreements.json';
import auditDa from './da/audit.json';
import backupDa from './da/backup.json';
import casesDa from './da/cases.json';
import commonDa from './da/common.json';
import consentDa from './da/consent.json';
import mapDa from './da/map.json';
import meetingsDa from './da/meetings.json';
import networkMapDa from './da/networkMap.json';
import participantsDa from './da/participants.json';
import planDa from './da/plan.json';
import agreementsEn from './en/agreements.json';
import casesEn from './en/cases.json';
import commonEn from './en/common.json';
import consentEn from './en/consent.json';
import mapEn from './en/map.json';
import followupsDa from './da/followups.json';
import followupsEn from './en/followups.json';
import meetingsEn from './en/meetings.json';
import networkMapEn from './en/networkMap.json';
import participantsEn from './en/participants.json';
import planEn from './en/plan.json';
import reviewDa from './da/review.json';
import howtoDa from './da/howto.json';
import securityDa from './da/security.json';
import settingsDa from './da/settings.json';
import setupDa from './da/setup.json';
import shortcutsDa from './da/shortcuts.json';
import auditEn from './en/audit.json';
import backupEn from './en/backup.json';
import howtoEn from './en/howto.json';
import securityEn from './en/security.json';
import settingsEn from './en/settings.json';
import setupEn from './en/setup.json';
import shortcutsEn from './en/shortcuts.json';
import reviewEn from './en/review.json';

/** One namespace per capability; each language must hold the same keys (tested). */
export const resources = {
  da: {
    common: commonDa,
    cases: casesDa,
    participants: participantsDa,
    consent: consentDa,
    networkMap: networkMapDa,
    meetings: meetingsDa,
    map: mapDa,
    agreements: agreementsDa,
    plan: planDa,
    review: reviewDa,
    followups: followupsDa,
    settings: settingsDa,
    howto: howtoDa,
    setup: setupDa,
    shortcuts: shortcutsDa,
    security: securityDa,
    audit: auditDa,
    backup: backupDa,
  },
  en: {
    common: commonEn,
    cases: casesEn,
    participants: participantsEn,
    consent: consentEn,
    networkMap: networkMapEn,
    meetings: meetingsEn,
    map: mapEn,
    agreements: agreementsEn,
    plan: planEn,
    review: reviewEn,
    followups: followupsEn,
    settings: settingsEn,
    howto: howtoEn,
    setup: setupEn,
    shortcuts: shortcutsEn,
    security: securityEn,
    audit: auditEn,
    backup: backupEn,
  },
} as const;

export type Language = keyof typeof resources;
export const namespaces = Object.keys(resources.da) as (keyof (typeof resources)['da'])[];
