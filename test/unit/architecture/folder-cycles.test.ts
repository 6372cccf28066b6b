import { describe, expect, it } from 'vitest';
import { folderOf, importEdges, pairCycles } from './import-graph';

const edges = importEdges(process.cwd(), ['main', 'shared', 'renderer', 'preload']);

describe('folder walls', () => {
  it('reads the real import graph', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({
      from: 'main/engine/sending/send-coordinator.ts',
      to: 'main/engine/ledger/ledger-store.ts',
    });
  });

  it('has no two engine folders that import each other', () => {
    const cycles = [...pairCycles(edges, 'engine')];
    expect(Object.fromEntries(cycles)).toEqual({});
  });

  it('has no two folders of main/, shared/, renderer/, preload/ that import each other', () => {
    const cycles = [...pairCycles(edges, 'top')];
    expect(Object.fromEntries(cycles)).toEqual({});
  });

  it('would notice a pair that imports each other', () => {
    const cycles = pairCycles(
      [
        { from: 'main/engine/contacts/a.ts', to: 'main/engine/import/b.ts' },
        { from: 'main/engine/import/c.ts', to: 'main/engine/contacts/d.ts' },
        { from: 'main/engine/sending/e.ts', to: 'main/sandbox/f.ts' },
        { from: 'main/sandbox/g.ts', to: 'main/engine/commpeak/h.ts' },
      ],
      'engine',
    );
    expect([...cycles.keys()]).toEqual(['main/engine/contacts ⇄ main/engine/import']);
    const top = pairCycles(
      [
        { from: 'main/engine/sending/e.ts', to: 'main/sandbox/f.ts' },
        { from: 'main/sandbox/g.ts', to: 'main/engine/commpeak/h.ts' },
      ],
      'top',
    );
    expect([...top.keys()]).toEqual(['main/engine ⇄ main/sandbox']);
    expect(folderOf('main/engine/engine.ts', 'engine')).toBe('main/engine');
    expect(folderOf('renderer/features/x/y.tsx', 'top')).toBe('renderer');
  });
});
