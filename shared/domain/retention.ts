/** Retention of closed cases: a closed case is deleted when its retention period has passed. */

export const DEFAULT_RETENTION_YEARS = 5;
export const RETENTION_YEARS_RANGE = { min: 1, max: 30 } as const;

/** The day a closed case is due for deletion: the closing day plus the retention period in whole years. */
export function deletionDate(closedAt: string | Date, retentionYears: number): Date {
  const closed = new Date(closedAt);
  const due = new Date(closed.getFullYear() + retentionYears, closed.getMonth(), closed.getDate());
  // 29 February closes into a year without one: JavaScript rolls to 1 March, which is the later, safer day.
  return due;
}

export function isDeletionDue(closedAt: string | Date, retentionYears: number, now: Date): boolean {
  return deletionDate(closedAt, retentionYears).getTime() <= now.getTime();
}

/** Typing the case's name confirms "Slet sagen nu": compared without surrounding spaces and case. */
export function deletionConfirmed(childName: string, typed: string): boolean {
  return typed.trim().toLocaleLowerCase('da-DK') === childName.trim().toLocaleLowerCase('da-DK') && typed.trim().length > 0;
}
