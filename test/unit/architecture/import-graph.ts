import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One `import` (static, dynamic, type-only or re-export) from a file to a file of ours. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null; // packages and node: built-ins
  const base = resolve(dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every import between files under `roots` (paths relative to `repo`, with `/`). */
export function importEdges(repo: string, roots: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of roots.flatMap((r) => sourceFiles(join(repo, r)))) {
    // The compiler's own pre-processor: finds imports, re-exports and import() calls.
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const imported of info.importedFiles) {
      const target = resolveSpecifier(file, imported.fileName);
      if (target) edges.push({ from: relative(repo, file), to: relative(repo, target) });
    }
  }
  return edges;
}

/**
 * The folder a file counts under, at two levels: `main/<x>`, `shared/<x>`, `renderer`,
 * `preload` for everything, and `main/engine/<x>` inside the engine (files directly in a
 * folder count as the folder itself).
 */
export function folderOf(path: string, level: 'top' | 'engine'): string | null {
  const parts = path.split('/');
  const [root] = parts;
  if (level === 'engine') {
    if (parts[0] !== 'main' || parts[1] !== 'engine') return null;
    return parts.length > 3 ? `main/engine/${parts[2]}` : 'main/engine';
  }
  if (root === 'renderer' || root === 'preload') return root;
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : (root ?? null);
}

/** Pairs of folders that import each other, each as "a ⇄ b" with a < b, plus one example. */
export function pairCycles(
  edges: readonly ImportEdge[],
  level: 'top' | 'engine',
): Map<string, string> {
  const folderEdges = new Map<string, ImportEdge>();
  for (const e of edges) {
    const a = folderOf(e.from, level);
    const b = folderOf(e.to, level);
    if (a && b && a !== b && !folderEdges.has(`${a}→${b}`)) folderEdges.set(`${a}→${b}`, e);
  }
  const cycles = new Map<string, string>();
  for (const [key, e] of folderEdges) {
    const [a = '', b = ''] = key.split('→');
    const back = folderEdges.get(`${b}→${a}`);
    if (a < b && back) {
      cycles.set(`${a} ⇄ ${b}`, `${e.from} → ${e.to}; ${back.from} → ${back.to}`);
    }
  }
  return cycles;
}
