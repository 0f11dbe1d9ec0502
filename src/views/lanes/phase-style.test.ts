import { describe, expect, it } from 'vitest';
import { DRAWN_PHASES, MARKER_COLOURS, phaseIndex, phaseStyle, type PhaseStyle } from './phase-style';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const styles = DRAWN_PHASES.map((phase) => phaseStyle(phase)).filter((style): style is PhaseStyle => style !== null);

describe('phaseStyle', () => {
  it('styles every drawn phase', () => {
    expect(styles).toHaveLength(DRAWN_PHASES.length);
    for (const style of styles) expect(style.label.length).toBeGreaterThan(0);
  });

  it('has nothing for terminated', () => {
    expect(phaseStyle('terminated')).toBeNull();
  });

  it('gives each phase its own fill', () => {
    expect(new Set(styles.map((style) => style.fill)).size).toBe(styles.length);
  });

  it('gives each phase its own texture', () => {
    expect(new Set(styles.map((style) => style.texture)).size).toBe(styles.length);
  });

  it('gives each phase its own legend label', () => {
    expect(new Set(styles.map((style) => style.label)).size).toBe(styles.length);
  });

  it('keeps segment words readable on their fill', () => {
    for (const style of styles) {
      if (style.texture === 'thin') continue;
      expect(contrast(style.text, style.fill), style.phase).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps textures visible on their fill', () => {
    for (const style of styles) {
      if (style.texture === 'solid' || style.texture === 'thin') continue;
      expect(contrast(style.ink, style.fill), style.phase).toBeGreaterThanOrEqual(1.4);
    }
  });
});

describe('phaseIndex', () => {
  it('matches the drawn order', () => {
    DRAWN_PHASES.forEach((phase, index) => expect(phaseIndex(phase)).toBe(index));
    expect(phaseIndex('terminated')).toBe(-1);
  });
});

describe('MARKER_COLOURS', () => {
  it('matches the invoking phases', () => {
    expect(MARKER_COLOURS.cold).toBe(phaseStyle('invoking-cold')?.fill);
    expect(MARKER_COLOURS.warm).toBe(phaseStyle('invoking-warm')?.fill);
  });
});
