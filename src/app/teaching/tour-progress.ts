import * as v from 'valibot';

/** Key of the saved tour progress in localStorage. */
export const TOUR_PROGRESS_KEY = 'lambda-lanes:tour';

/** The learner's place in the tour. */
export interface TourProgress {
  active: boolean;
  step: number;
}

const progressSchema = v.strictObject({
  version: v.literal(1),
  active: v.boolean(),
  step: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * Reads the saved progress. Returns null when nothing valid is saved: a value from another version,
 * edited by hand, pointing past the last step, or storage that the browser blocks (some embeds).
 * An invalid saved value is passed to `warn` with the field, the value and what is allowed, because
 * a learner only sees the tour start over.
 */
export function loadTourProgress(
  stepCount: number,
  storage: Pick<Storage, 'getItem'> | null = safeStorage(),
  warn: (message: string) => void = (message) => console.warn(message),
): TourProgress | null {
  let text: string | null = null;
  try {
    text = storage?.getItem(TOUR_PROGRESS_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    warn(`lambda-lanes: ignored the saved tour progress (${TOUR_PROGRESS_KEY}) because it is not valid JSON. Expected an object such as {"version":1,"active":true,"step":0}.`);
    return null;
  }
  const parsed = v.safeParse(progressSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = v.getDotPath(issue) ?? 'value';
    const received = issue.received.length > 40 ? `${issue.received.slice(0, 40)}…` : issue.received;
    warn(`lambda-lanes: ignored the saved tour progress (${TOUR_PROGRESS_KEY}) because ${field} is ${received}. Expected ${issue.expected ?? 'a valid value'}.`);
    return null;
  }
  if (parsed.output.step >= stepCount) {
    warn(`lambda-lanes: ignored the saved tour progress (${TOUR_PROGRESS_KEY}) because step is ${parsed.output.step}. Expected a step from 0 to ${stepCount - 1}.`);
    return null;
  }
  return { active: parsed.output.active, step: parsed.output.step };
}

/** Saves the progress; a browser that blocks storage only loses it on reload. */
export function saveTourProgress(progress: TourProgress, storage: Pick<Storage, 'setItem'> | null = safeStorage()): void {
  try {
    storage?.setItem(TOUR_PROGRESS_KEY, JSON.stringify({ version: 1, ...progress }));
  } catch {
    // Storage full or blocked: the tour still works, it just starts over after a reload.
  }
}

/** Returns localStorage, or null where reading the property itself throws (blocked third-party storage). */
function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
