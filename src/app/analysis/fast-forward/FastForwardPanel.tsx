import { useCallback } from 'react';
import type { Scenario } from '../../../sim/types';
import { formatClock, formatDuration } from '../../format';
import { selectScenario } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { ANALYSIS_STRINGS } from '../analysis-strings';
import { TimelineCharts } from '../TimelineCharts';
import { FastForwardProgress } from './FastForwardProgress';
import { RunSummary } from './RunSummary';
import { useFastForward } from './use-fast-forward';
import { useJumpLanes } from './use-jump-lanes';

const text = ANALYSIS_STRINGS.fastForward;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Renders "Run for an hour / a day". It computes a long run of the current settings in the
 * fast-forward worker, with progress and cancel, then charts the result. A click on a chart replays
 * the live lanes to that moment.
 */
export default function FastForwardPanel() {
  const scenario = useAppStore(selectScenario);
  const { state, start, cancel } = useFastForward();
  const lanes = useJumpLanes();
  const running = state.status === 'running';

  const runFor = (durationMs: number) => start({ ...scenario, durationMs });
  const done = state.status === 'done' ? state : null;
  const jumpTo = useCallback((timeMs: number) => done && void lanes.jump(done.scenario, timeMs), [done, lanes]);

  return (
    <div className="analysis-view">
      <h2>{text.heading}</h2>
      <p className="panel-note">{text.intro}</p>
      <div className="analysis-actions">
        <button type="button" disabled={running} onClick={() => runFor(HOUR_MS)}>
          {text.hour}
        </button>
        <button type="button" disabled={running} onClick={() => runFor(DAY_MS)}>
          {text.day}
        </button>
      </div>

      {running && (
        <FastForwardProgress
          label={text.progress}
          fraction={state.fraction}
          description={(percent) => text.progressText(percent, formatDuration(state.scenario.durationMs))}
          cancelLabel={text.cancel}
          onCancel={cancel}
        />
      )}
      {state.status === 'failed' && <p role="alert">{text.failed(state.message)}</p>}

      {done && <FastForwardResultView scenario={done.scenario} state={done} onPick={jumpTo} lanes={lanes} />}
    </div>
  );
}

interface ResultViewProps {
  scenario: Scenario;
  state: Extract<ReturnType<typeof useFastForward>['state'], { status: 'done' }>;
  onPick: (timeMs: number) => void;
  lanes: ReturnType<typeof useJumpLanes>;
}

/** Renders the charts and figures of a finished long run, and the moment the lanes show. */
function FastForwardResultView({ scenario, state, onPick, lanes }: ResultViewProps) {
  const { result } = state;
  const jump = lanes.state;
  let markedTimeMs: number | null = null;
  if (jump.status === 'shown') markedTimeMs = jump.timeMs;
  if (jump.status === 'replaying') markedTimeMs = jump.targetMs;

  return (
    <>
      <h3>{text.resultHeading(formatDuration(result.reachedMs))}</h3>
      {result.cancelled && <p role="status">{text.cancelled(formatClock(result.reachedMs))}</p>}
      <RunSummary report={result.report} />
      <p className="panel-note">{text.latencyNote}</p>
      <p className="panel-note">{text.jumpIntro}</p>
      {jump.status === 'replaying' && (
        <FastForwardProgress
          label={text.replayProgress}
          fraction={jump.fraction}
          description={(percent) => text.replaying(formatClock(jump.targetMs), percent)}
          cancelLabel={text.cancelReplay}
          onCancel={lanes.stop}
        />
      )}
      {jump.status === 'shown' && <p role="status">{text.lanesShow(formatClock(jump.timeMs))}</p>}
      <TimelineCharts data={result.timeline} scenario={scenario} onPick={onPick} markedTimeMs={markedTimeMs} />
    </>
  );
}
