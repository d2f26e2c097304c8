/** A numbered version of something the family agreed at a meeting (the safety plan, Barnets bog). */
export interface CaseVersion {
  id: string;
  number: number;
  meetingId: string | null;
  meetingStartsAt: string | null;
  createdAt: string;
  /** What changed since the version before, in one Danish line. */
  changes: string;
}

/** Which page of a paged view the shared screen shows, of how many. */
export interface ScreenPosition {
  shown: number;
  count: number;
}
