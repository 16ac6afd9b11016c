/** Stands for "no date" in last_day: sorts after every real day, so undated stories stay findable. */
export const UNDATED_DAY = 1_000_000_000;

/**
 * A story's place in the list, newest first: the day of its latest report, undated stories after
 * every dated one. Both stores index this expression (stories_newest).
 */
export const SORT_DAY = `(CASE WHEN last_day = ${UNDATED_DAY} THEN -${UNDATED_DAY} ELSE last_day END)`;
