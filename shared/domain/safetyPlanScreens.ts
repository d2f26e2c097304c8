/**
 * The safety plan on the shared screen, page by page: first the plan itself (what it is for, how long, who is in
 * the safety network, child first), then the rules (one or a few per page, as their text allows), then what each
 * person in the network has agreed to. The host builds the pages (so the console knows "2/4" without a window).
 */
import type { RuleSnapshot } from './safetyPlanVersions';
import { linesFor, packPages, SCREEN_TEXT } from './screenPaging';

export type SafetyScreen = { kind: 'cover' } | { kind: 'rules'; ruleIds: string[] } | { kind: 'network'; participantIds: string[] };

/** A rule as the shared screen shows it (what a version freezes, without the map text) and whether it has been reviewed. */
export type ScreenRule = Omit<RuleSnapshot, 'linkText'> & {
  /** Shown as one line ("Sidst: Det virker") once the rule has been reviewed. */
  reviewed: boolean;
};

/** Room for the labels in front of each field ("Sådan ved Aya det og får hjælp:", with a long name). */
const LABEL = { action: 4, who: 6, childKnows: 40, networkChecks: 22 } as const;
/** Padding, rule between cards and the gap between two rules on one page, in lines. */
const CARD_FRAME = 1.2;
const HEADING_SCALE = 1.2;

export function ruleLines(rule: ScreenRule): number {
  const who = `${rule.responsibleName}${rule.reserveName ? ` (ellers ${rule.reserveName})` : ''}`;
  // The situation is the card's heading (1.2 × the body size); the review's outcome is one line.
  return (
    linesFor(rule.situation, 0, HEADING_SCALE) +
    linesFor(rule.action, LABEL.action) +
    linesFor(who, LABEL.who) +
    linesFor(rule.childKnows, LABEL.childKnows) +
    linesFor(rule.networkChecks, LABEL.networkChecks) +
    (rule.reviewed ? 1 : 0) +
    CARD_FRAME
  );
}

export interface ScreenMember {
  participantId: string;
  name: string;
  agreedTo: string;
}

function memberLines(member: ScreenMember): number {
  return linesFor(member.agreedTo, member.name.length + 2) + 0.5;
}

export function safetyPlanScreens(rules: ScreenRule[], network: ScreenMember[]): SafetyScreen[] {
  const withAgreement = network.filter((m) => m.agreedTo.trim());
  return [
    { kind: 'cover' },
    ...packPages(rules, ruleLines, SCREEN_TEXT.linesPerPage).map((page) => ({ kind: 'rules' as const, ruleIds: page.map((r) => r.id) })),
    ...packPages(withAgreement, memberLines).map((page) => ({ kind: 'network' as const, participantIds: page.map((m) => m.participantId) })),
  ];
}
