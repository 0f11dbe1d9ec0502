import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { failIfRequested } from './fault-injection';
import { ROBUSTNESS_STRINGS } from './robustness-strings';
import './robustness.css';

const text = ROBUSTNESS_STRINGS.panelError;

/** Props of {@link PanelBoundary}. */
export interface PanelBoundaryProps {
  /** Stable id of the panel, as `?test-fail-panel` names it. */
  id: string;
  /** Name of the panel on screen, such as "Settings". */
  name: string;
  children: ReactNode;
}

/**
 * Contains a failure of one panel: when anything inside throws while rendering, the panel is replaced
 * by a message naming the panel and the error, with a Reset button that renders it afresh. The rest
 * of the app keeps working.
 */
export function PanelBoundary({ id, name, children }: PanelBoundaryProps) {
  // A new key after Reset mounts the panel from scratch instead of reusing the state that failed.
  const [generation, setGeneration] = useState(0);
  return (
    <ErrorCatcher key={generation} name={name} onReset={() => setGeneration((value) => value + 1)}>
      <FailOnRequest id={id} resets={generation} />
      {children}
    </ErrorCatcher>
  );
}

function FailOnRequest({ id, resets }: { id: string; resets: number }) {
  failIfRequested(id, window.location.search, resets);
  return null;
}

interface CatcherProps {
  name: string;
  onReset: () => void;
  children: ReactNode;
}

interface CatcherState {
  error: Error | null;
}

/** The error boundary itself; React offers boundaries only as class components. */
class ErrorCatcher extends Component<CatcherProps, CatcherState> {
  override state: CatcherState = { error: null };

  static getDerivedStateFromError(error: unknown): CatcherState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // React also reports the error to the console; this adds which panel it was and where it failed.
    console.error(`The ${this.props.name} panel failed.`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;

    return (
      <div className="panel-error" role="alert">
        <p className="panel-error-title">{text.title(this.props.name)}</p>
        <p>{text.detail}</p>
        <p className="panel-error-message">{text.message(error.message)}</p>
        <button type="button" onClick={this.props.onReset}>
          {text.reset(this.props.name)}
        </button>
      </div>
    );
  }
}
