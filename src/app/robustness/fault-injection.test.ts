import { describe, expect, it } from 'vitest';
import { failIfRequested, InjectedPanelError } from './fault-injection';

describe('failIfRequested', () => {
  it('throws for the named panel', () => {
    expect(() => failIfRequested('lanes', '?test-fail-panel=lanes', 0)).toThrow(InjectedPanelError);
  });

  it('ignores other panels', () => {
    expect(() => failIfRequested('settings', '?test-fail-panel=lanes', 0)).not.toThrow();
  });

  it('ignores addresses without the parameter', () => {
    expect(() => failIfRequested('lanes', '?preset=spike&fail=lanes', 0)).not.toThrow();
  });

  it('stops after a reset', () => {
    expect(() => failIfRequested('lanes', '?test-fail-panel=lanes', 1)).not.toThrow();
  });
});
