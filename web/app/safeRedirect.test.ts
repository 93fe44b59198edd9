import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safeRedirect';

describe('safeRedirect', () => {
  it('follows paths on this site', () => {
    expect(safeRedirect('/people?q=a')).toBe('/people?q=a');
    expect(safeRedirect('/admin/import')).toBe('/admin/import');
  });

  it('never leaves the site', () => {
    for (const target of [undefined, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'people']) {
      expect(safeRedirect(target)).toBe('/');
    }
  });
});
