import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from './embed-options';
import { layoutParts } from './layout-parts';

describe('layoutParts', () => {
  it('shows everything in the full app', () => {
    expect(layoutParts(readEmbedOptions(''), false)).toEqual({
      chrome: true,
      playback: true,
      timeline: true,
      numbers: true,
      settings: true,
      inspector: true,
    });
  });

  it('hides settings in workshop mode', () => {
    expect(layoutParts(readEmbedOptions(''), true).settings).toBe(false);
  });

  it('shows only listed parts in an embed', () => {
    expect(layoutParts(readEmbedOptions('?embed=1&controls=timeline'), false)).toEqual({
      chrome: false,
      playback: false,
      timeline: true,
      numbers: false,
      settings: false,
      inspector: false,
    });
  });

  it('adds what the tour needs to an embed', () => {
    const parts = layoutParts(readEmbedOptions('?embed=1&controls=&tour=1'), false);
    expect(parts.playback).toBe(true);
    expect(parts.settings).toBe(true);
    expect(parts.numbers).toBe(false);
  });
});
