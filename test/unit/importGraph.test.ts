// The import graph of what we ship (src/ and webview/): no file may reach itself through its
// imports. A circle makes load order matter and hides which file owns what (the sandbox had one of
// 14 files, through index.ts). The layering rule itself is a lint rule (eslint.config.mjs).
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each file's relative imports (type-only ones too), resolved to files. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'webview'))]) {
    const imports = ts.preProcessFile(readFileSync(file, 'utf8'), true, false).importedFiles.map((i) => i.fileName).filter((name) => name.startsWith('.'));
    graph.set(file, imports.flatMap((name) => {
      const base = resolve(dirname(file), name);
      return [`${base}.ts`, join(base, 'index.ts')].filter(existsSync).slice(0, 1);
    }));
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan), as paths relative to the root. */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(relative(ROOT, w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import graph', () => {
  it('has no import circle in src/ or webview/', () => {
    const graph = importGraph();
    assert.ok(graph.size > 100, `read ${graph.size} files`);
    assert.deepEqual(circles(graph), []);
  });

  it('finds a circle when there is one (the check can fail)', () => {
    const a = join(ROOT, 'src/a.ts');
    const b = join(ROOT, 'src/b.ts');
    assert.deepEqual(circles(new Map([[a, [b]], [b, [a]]])), [['src/a.ts', 'src/b.ts']]);
  });
});
