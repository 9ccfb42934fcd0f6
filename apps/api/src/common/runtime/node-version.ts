/**
 * The Node.js release lines Thinline supports: the maintained LTS lines, as package.json's
 * `engines` says (a spec keeps the two in step). Others still start, with a warning.
 */
export const SUPPORTED_NODE_LINES = [24, 26] as const;

/** A one-line warning when this Node is not a supported line, else null. */
export function nodeVersionWarning(version: string = process.versions.node): string | null {
  const major = Number(version.split('.')[0]);
  if ((SUPPORTED_NODE_LINES as readonly number[]).includes(major)) return null;
  return `Node.js ${version} is not a supported release line; Thinline supports the maintained LTS lines, Node ${SUPPORTED_NODE_LINES.join(' and ')}.`;
}
