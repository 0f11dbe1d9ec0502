import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, type SnippetOptions } from './embed-snippet';

const base: SnippetOptions = {
  appUrl: 'https://host.example/lambda-lanes/',
  preset: 'spike',
  fragment: 's=v1.abc',
  autoplay: true,
  tour: false,
  parts: ['playback', 'numbers'],
  allowedOrigins: [],
};

describe('embed snippet', () => {
  it('builds a preset address', () => {
    expect(embedUrl(base)).toBe('https://host.example/lambda-lanes/?embed=1&preset=spike&autoplay=1');
  });

  it('carries the current run in the fragment', () => {
    const url = embedUrl({ ...base, preset: null, autoplay: false, parts: ['timeline'], allowedOrigins: ['https://a.example'] });
    expect(url).toBe('https://host.example/lambda-lanes/?embed=1&controls=timeline&allow=https://a.example#s=v1.abc');
  });

  it('writes an iframe with a title and size', () => {
    const snippet = embedSnippet(base);
    expect(snippet).toMatch(/^<iframe\n/);
    expect(snippet).toContain('title="lambda-lanes: how AWS Lambda runs functions"');
    expect(snippet).toContain('height="640"');
    expect(snippet).toContain('src="https://host.example/lambda-lanes/?embed=1&amp;preset=spike&amp;autoplay=1"');
  });
});
