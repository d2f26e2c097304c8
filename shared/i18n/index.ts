import agreementsDa from './da/agreements.json';
import agreementsEn from './en/agreements.json';
import auditDa from './da/audit.json';
import auditEn from './en/audit.json';
import backupDa from './da/backup.json';
import backupEn from './en/backup.json';
import casesDa from './da/cases.json';
import casesEn from './en/cases.json';
import commonDa from './da/common.json';
import commonEn from './en/common.json';
import consentDa from './da/consent.json';
import consentEn from './en/consent.json';
import followupsDa from './da/followups.json';
import followupsEn from './en/followups.json';
import howtoDa from './da/howto.json';
import howtoEn from './en/howto.json';
import mapDa from './da/map.json';
import mapEn from './en/map.json';
import meetingsDa from './da/meetings.json';
import meetingsEn from './en/meetings.json';
import networkMapDa from './da/networkMap.json';
import networkMapEn from './en/networkMap.json';
import participantsDa from './da/participants.json';
import participantsEn from './en/participants.json';
import phonesDa from './da/phones.json';
import phonesEn from './en/phones.json';
import planDa from './da/plan.json';
import planEn from './en/plan.json';
import reviewDa from './da/review.json';
import reviewEn from './en/review.json';
import securityDa from './da/security.json';
import securityEn from './en/security.json';
import settingsDa from './da/settings.json';
import settingsEn from './en/settings.json';
import setupDa from './da/setup.json';
import setupEn from './en/setup.json';
import shortcutsDa from './da/shortcuts.json';
import shortcutsEn from './en/shortcuts.json';
import sharedScreenDa from './da/sharedScreen.json';
import sharedScreenEn from './en/sharedScreen.json';
import safetyPlanDa from './da/safetyPlan.json';
import safetyPlanEn from './en/safetyPlan.json';
import childStoryDa from './da/childStory.json';
import childStoryEn from './en/childStory.json';

/** One namespace per capability; each language must hold the same keys (tested). */
export const resources = {
  da: {
    cases: casesDa,
    common: commonDa,
    agreements: agreementsDa,
    audit: auditDa,
    backup: backupDa,
    consent: consentDa,
    followups: followupsDa,
    howto: howtoDa,
    map: mapDa,
    meetings: meetingsDa,
    networkMap: networkMapDa,
    participants: participantsDa,
    phones: phonesDa,
    plan: planDa,
    review: reviewDa,
    security: securityDa,
    settings: settingsDa,
    setup: setupDa,
    shortcuts: shortcutsDa,
    sharedScreen: sharedScreenDa,
    safetyPlan: safetyPlanDa,
    childStory: childStoryDa,
  },
  en: {
    cases: casesEn,
    common: commonEn,
    agreements: agreementsEn,
    audit: auditEn,
    backup: backupEn,
    consent: consentEn,
    followups: followupsEn,
    howto: howtoEn,
    map: mapEn,
    meetings: meetingsEn,
    networkMap: networkMapEn,
    participants: participantsEn,
    phones: phonesEn,
    plan: planEn,
    review: reviewEn,
    security: securityEn,
    settings: settingsEn,
    setup: setupEn,
    shortcuts: shortcutsEn,
    sharedScreen: sharedScreenEn,
    safetyPlan: safetyPlanEn,
    childStory: childStoryEn,
  },
} as const;

export type Language = keyof typeof resources;
export const namespaces = Object.keys(resources.da) as (keyof (typeof resources)['da'])[];
