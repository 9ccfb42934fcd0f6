import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPORTED_NODE_LINES, nodeVersionWarning } from './node-version.js';

describe('supported Node lines', () => {
  it('are what package.json engines names', () => {
    const pkg = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../../package.json'), 'utf8')) as { engines: { node: string } };
    const majors = pkg.engines.node.split('||').map((range) => Number(/^\^(\d+)\./.exec(range.trim())?.[1]));
    expect(majors).toEqual([...SUPPORTED_NODE_LINES]);
  });

  it('warns on a line past its end of life and not on a supported one', () => {
    expect(nodeVersionWarning('20.20.2')).toBe('Node.js 20.20.2 is not a supported release line; Thinline supports the maintained LTS lines, Node 24 and 26.');
    expect(nodeVersionWarning('24.11.1')).toBeNull();
    expect(nodeVersionWarning('26.12.1')).toBeNull();
  });
});
