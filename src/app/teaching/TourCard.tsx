import { useEffect, useRef } from 'react';
import { TEACHING_STRINGS } from './teaching-strings';
import { useTeaching, useTeachingStoreApi } from './teaching-context';
import { saveTourProgress } from './tour-progress';
import { TOUR_STEPS } from './tour-steps';
import { useTourStep } from './use-tour-step';
import { useTourTask } from './use-tour-task';
import './teaching.css';

const text = TEACHING_STRINGS.tour;

/**
 * Renders the guided tour's card: the step's text, its task and whether it is done, and Back, Next and
 * Close. It sits in a corner and does not block the page, because the learner acts on the page.
 */
export function TourCard() {
  const teaching = useTeachingStoreApi();
  const active = useTeaching((state) => state.tourActive);
  const index = useTeaching((state) => state.tourStep);
  const step = TOUR_STEPS[index];
  const headingRef = useRef<HTMLHeadingElement>(null);
  useTourStep(step, active);
  const taskDone = useTourTask(step, active);

  useEffect(() => {
    saveTourProgress({ active, step: index });
  }, [active, index]);

  // Move focus to the new step's title, so a screen reader reads it and Tab reaches its buttons next.
  useEffect(() => {
    if (active) headingRef.current?.focus();
  }, [active, index]);

  if (!active || !step) return null;
  const copy = TEACHING_STRINGS.steps[step.id];
  const last = index === TOUR_STEPS.length - 1;
  const waiting = step.isDone !== undefined && !taskDone;
  const { goToStep, closeTour } = teaching.getState();

  let nextLabel: string = text.next;
  if (last) nextLabel = text.finish;
  else if (waiting) nextLabel = text.skip;

  return (
    // A dialog that is not modal: the learner keeps acting on the page while it is open.
    <section className="tour-card" role="dialog" aria-labelledby="tour-title" aria-describedby="tour-body">
      <div className="tour-head">
        <p className="tour-progress">{text.progress(index + 1, TOUR_STEPS.length)}</p>
        <button type="button" className="tour-close" aria-label={text.close} onClick={closeTour}>
          ×
        </button>
      </div>
      <h2 id="tour-title" ref={headingRef} tabIndex={-1}>
        {copy.title}
      </h2>
      <p id="tour-body">{copy.body}</p>
      {'task' in copy && (
        <div className={`tour-task${taskDone ? ' is-done' : ''}`}>
          <p>
            <strong>{text.yourTurn}: </strong>
            {copy.task}
          </p>
          <p role="status" className="tour-task-status">
            {taskDone ? text.taskDone : text.waiting}
          </p>
        </div>
      )}
      <div className="tour-buttons">
        <button type="button" onClick={() => goToStep(index - 1)} disabled={index === 0}>
          {text.back}
        </button>
        <button
          type="button"
          className={waiting ? undefined : 'primary'}
          onClick={() => {
            // Finishing starts the tour over next time; closing with × resumes where the learner left.
            if (last) closeTour();
            goToStep(last ? 0 : index + 1);
          }}
        >
          {nextLabel}
        </button>
      </div>
    </section>
  );
}
