import { describe, expect, it } from 'vitest';
import { readEmbedOptions, toOrigin } from './embed-options';

describe('readEmbedOptions', () => {
  it('defaults to playback and numbers', () => {
    const options = readEmbedOptions('?embed=1');
    expect(options.embed).toBe(true);
    expect([...options.parts]).toEqual(['playback', 'numbers']);
    expect(options.allowedOrigins.size).toBe(0);
  });

  it('reads parts, tour and origins', () => {
    const options = readEmbedOptions('?embed=1&controls=timeline,settings&tour=1&allow=https://a.example,http://127.0.0.1:8080');
    expect([...options.parts]).toEqual(['timeline', 'settings']);
    expect(options.tour).toBe(true);
    expect([...options.allowedOrigins]).toEqual(['https://a.example', 'http://127.0.0.1:8080']);
    expect(options.notices).toEqual([]);
  });

  it('reports unknown parts', () => {
    const options = readEmbedOptions('?controls=playback,everything');
    expect([...options.parts]).toEqual(['playback']);
    expect(options.notices[0]).toContain('"everything"');
  });

  it('ignores origins that are not origins', () => {
    const options = readEmbedOptions('?allow=*,javascript:alert(1),https://a.example/path,https://b.example/');
    expect([...options.allowedOrigins]).toEqual(['https://b.example']);
    expect(options.notices).toHaveLength(3);
  });
});

describe('toOrigin', () => {
  it('rejects a wildcard', () => {
    expect(toOrigin('*')).toBeNull();
  });

  it('rejects a path', () => {
    expect(toOrigin('https://a.example/course')).toBeNull();
  });

  it('keeps a port', () => {
    expect(toOrigin('http://127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
  });
});
