/// <reference types="jest" />
// apps/web compiles for the browser (types: vite/client); the Jest globals come in here.
import { safeNext } from '../lib/redirect';

describe('safeNext', () => {
  it('keeps a path on this site and refuses anything that leaves it', () => {
    expect(safeNext('/sessions/1/control')).toBe('/sessions/1/control');
    expect(safeNext('//evil.example/x')).toBe('/workshops');
    expect(safeNext('https://evil.example')).toBe('/workshops');
    expect(safeNext('/\\evil.example')).toBe('/workshops');
    expect(safeNext(null, '/')).toBe('/');
  });
});
