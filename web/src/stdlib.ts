// The Python-level stdlib modules (core/modules/py/NAME.py) are not in the WebAssembly module:
// scripts/build-web.js copies them to dist/py/ and gives the worker this index of them. The module
// asks the worker for a source on a module's first import (synchronously); the worker fetches
// beforehand, in parallel with the module's download, the modules a program will most likely
// import: those its `import` lines name, those every run or asyncio needs, and what they import in
// turn. A module it did not foresee is still loaded, with a synchronous request. Those every run and
// asyncio import come inside worker.js (scripts/stdlib-index.js bundledSources): no request at all.

export interface StdlibIndex {
  /** Every Python-level module, with the modules its source imports (any of its import lines). */
  modules: Record<string, string[]>;
  /** Modules that native ones import (asyncio's helpers, ...), by native module. */
  native: Record<string, string[]>;
  /** Modules every run imports (sys's set-up). */
  always: string[];
}

// `import a.b, c as d` and `from a.b import x`, anywhere (also indented: functions import lazily);
// only the top-level package matters here. A false hit only costs a prefetch.
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b|import[ \t]+([^#\n;]+))/gm;

/** The top-level module names a program's import statements name. */
export function importedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(IMPORT_LINE)) {
    const list = match[1] !== undefined ? [match[1]] : match[2].split(",");
    for (const item of list) {
      const name = item.trim().split(/\s+/)[0].split(".")[0];
      if (/^[A-Za-z_]\w*$/.test(name)) names.add(name);
    }
  }
  return [...names];
}

const own = (table: Record<string, string[]>, name: string): string[] =>
  Object.hasOwn(table, name) ? table[name] : [];

/** The Python-level modules a program is expected to load, dependencies included, sorted. */
export function modulesFor(source: string, index: StdlibIndex): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    if (Object.hasOwn(index.modules, name)) found.push(name);
    for (const next of own(index.native, name)) visit(next);
    for (const next of own(index.modules, name)) visit(next);
  };
  for (const name of index.always) visit(name);
  for (const name of importedNames(source)) visit(name);
  return found.sort();
}
