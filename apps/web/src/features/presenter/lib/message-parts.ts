// A message that has an element inside it ("Join at {address} with", the address in bold)
// keeps its word order per language: the placeholder gets a mark no catalogue holds, and
// the text is split around it, so the element goes where that language puts it.
const MARK = '\u2063';

/** The text before and after the one placeholder `message` fills with the mark it is given. */
export function around(message: (mark: string) => string): [before: string, after: string] {
  const [before = '', after = ''] = message(MARK).split(MARK);
  return [before, after];
}
