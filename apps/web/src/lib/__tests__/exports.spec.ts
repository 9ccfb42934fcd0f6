/// <reference types="jest" />
// apps/web compiles for the browser (types: vite/client); the Jest globals come in here.
import { EXPORT_FORMATS } from '@thinline/shared';
import { EXPORT_LINKS } from '../exports';

describe('the export links', () => {
  it('offer every format the server makes, the Markdown ownership draft included, in its order', () => {
    expect(EXPORT_LINKS.map((l) => l.format)).toEqual([...EXPORT_FORMATS]);
    expect(EXPORT_LINKS.find((l) => l.format === 'md')?.label).toBe('app.export.md');
  });

  it('name each file differently', () => {
    expect(new Set(EXPORT_LINKS.map((l) => l.label)).size).toBe(EXPORT_LINKS.length);
  });
});
