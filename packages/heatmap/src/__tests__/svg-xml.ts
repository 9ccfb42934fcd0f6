// Test helper (not built): a minimal XML reader for the SVG markup React renders, which is
// well-formed and has every attribute quoted.

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" })[e] ?? '');

export function parse(xml: string): XNode {
  const root: XNode = { name: '#root', attrs: {}, children: [] };
  const stack: XNode[] = [root];
  const token = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const top = stack[stack.length - 1];
    if (!top) throw new Error('unbalanced markup');
    if (m[1]) {
      const closed = stack.pop();
      if (closed?.name !== m[1]) throw new Error(`</${m[1]}> closes <${closed?.name}>`);
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1] ?? ''] = decode(a[2] ?? '');
      const node: XNode = { name: m[2], attrs, children: [] };
      top.children.push(node);
      if (m[4] !== '/') stack.push(node);
    } else if (m[5]) {
      top.children.push(decode(m[5]));
    }
  }
  if (stack.length !== 1) throw new Error('unclosed elements');
  return root;
}

export function all(node: XNode, pred: (n: XNode) => boolean, out: XNode[] = []): XNode[] {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (pred(c)) out.push(c);
    all(c, pred, out);
  }
  return out;
}

export function one(node: XNode, pred: (n: XNode) => boolean): XNode {
  const found = all(node, pred);
  if (found.length !== 1) throw new Error(`expected one match, found ${found.length}`);
  return found[0] as XNode;
}

export const textOf = (n: XNode): string => n.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
export const attr = (name: string, value: string) => (n: XNode): boolean => n.attrs[name] === value;
export const svgRoot = (doc: XNode): XNode => one(doc, (n) => n.name === 'svg');

/** A rendered SVG document with its parsed tree and its <svg> element. */
export function readSvg(svg: string): { svg: string; doc: XNode; root: XNode } {
  const doc = parse(svg);
  return { svg, doc, root: svgRoot(doc) };
}

/**
 * The two tests every picture of the shared frame passes: a standalone, accessible SVG
 * document (named by its aria-label, titled by its first child, sized by its viewBox), and
 * one that needs nothing outside itself (no CSS, foreignObject or images, no React text
 * comments, no NaN, one font stack).
 */
export function itIsAStandaloneSvg(picture: () => { svg: string; root: XNode }, expected: { ariaLabel: string; title: string }): void {
  it('is a standalone, accessible SVG document', () => {
    const { svg, root } = picture();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.role).toBe('img');
    expect(root.attrs['aria-label']).toBe(expected.ariaLabel);
    expect(root.attrs.viewBox).toBe(`0 0 ${root.attrs.width} ${root.attrs.height}`);
    const first = root.children[0];
    expect(typeof first !== 'string' && first?.name).toBe('title');
    expect(textOf(first as XNode)).toBe(expected.title);
  });

  it('needs nothing outside itself: no CSS, no foreignObject, one font stack, no NaN, no React text comments', () => {
    const { svg } = picture();
    expect(svg).not.toMatch(/class=|style=|<style|foreignObject|<image|href=/);
    expect(svg).not.toContain('<!--');
    expect(svg).not.toContain('NaN');
    expect(new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]))).toEqual(new Set(['DejaVu Sans, Noto Sans JP, Arial, sans-serif']));
  });
}
