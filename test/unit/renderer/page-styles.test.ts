import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('renderer');
const cssImports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^import '(\.[^']+\.css)';$/gm)].map((m) =>
    resolve(dirname(file), m[1] ?? ''),
  );
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

describe('the stylesheets of the pages loaded on demand', () => {
  it('are all imported up front (page-styles.ts, campaigns-page.tsx or main.tsx), so the one stylesheet keeps its order', () => {
    const upFront = new Set([
      ...cssImports(join(root, 'app/page-styles.ts')),
      ...cssImports(join(root, 'main.tsx')),
      ...cssImports(join(root, 'features/campaigns/campaigns-page.tsx')),
    ]);
    const lazy = ['contacts', 'settings', 'streams', 'campaigns/editor', 'campaigns/progress'];
    for (const page of [...lazy, 'campaigns/templates']) {
      for (const file of sources(join(root, 'features', page))) {
        for (const css of cssImports(file))
          expect(upFront, `${file} imports ${css}`).toContain(css);
      }
    }
  });
});
