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
