// The `codeowners` package (tests only) ships no types: the part the tests use.
declare module 'codeowners' {
  /** Finds CODEOWNERS in `.github/`, `.gitlab/`, `docs/` or the root above `cwd`, as GitHub looks for it. */
  export default class Codeowners {
    constructor(cwd?: string, fileName?: string);
    /** The owners of a path relative to the repository root: the last matching line's. */
    getOwner(path: string): string[];
  }
}
