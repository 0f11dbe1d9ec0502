/**
 * A test-only way to make one panel fail, so end-to-end tests can check that a panel's error boundary
 * contains the failure. The address must carry `test-fail-panel=<panel id>`, a parameter no link of
 * the app writes, so a person cannot set it by accident. The panel fails until its Reset button is
 * pressed.
 */

/** The query parameter that names the panel to fail. */
export const FAIL_PANEL_PARAMETER = 'test-fail-panel';

/** The error a panel throws on request, recognisable in the test's console. */
export class InjectedPanelError extends Error {
  constructor(panelId: string) {
    super(`Test failure requested for the ${panelId} panel by ?${FAIL_PANEL_PARAMETER}.`);
    this.name = 'InjectedPanelError';
  }
}

/**
 * Throws an InjectedPanelError when `search` names `panelId` and the panel was never reset. It throws
 * on every render until then, because React renders a failed tree a second time before it gives up.
 */
export function failIfRequested(panelId: string, search: string, resets: number): void {
  if (resets > 0) return;
  if (new URLSearchParams(search).get(FAIL_PANEL_PARAMETER) !== panelId) return;
  throw new InjectedPanelError(panelId);
}
