// @ts-check
import path from 'node:path';

/*
 * Two rules that hold the process and folder boundaries of docs/ARCHITECTURE.md ("Where code
 * goes"). Core `no-restricted-imports` sees only static `import`/`export … from`, matches the raw
 * specifier text, and lets a later config block silently replace an earlier one for the same
 * file. These rules see every way a module is named (static and type imports, `export … from`,
 * `import()`, `require()`, `import x = require()`, `import('…')` types), resolve relative
 * specifiers to repo paths (so `main/engine/handlers/` is not mistaken for `main/handlers/`), and
 * apply every zone that matches a file.
 *
 * A zone: { files?, ignores?, allow?, forbid?, except?, message }.
 * - `files` / `ignores`: repo paths of the importing file. An entry ending in "/" is a folder,
 *   anything else one file (extension optional). No `files` means every file.
 * - A target is reported when it matches `forbid`, or `allow` is given and it matches none of
 *   `allow`, unless it matches `except`. The first zone that reports an import wins.
 * - folder-imports: targets are repo paths (same notation as `files`); only relative specifiers
 *   are checked.
 * - package-imports: targets are bare specifiers. "name" matches `name` and `name/…`; "prefix*"
 *   matches anything starting with "prefix". Relative specifiers are not checked.
 */

const EXTENSION = /\.(?:[cm]?[jt]sx?|json)$/;

/** @param {string} entry @param {string} repoPath */
function matchesRepoPath(entry, repoPath) {
  if (entry.endsWith('/')) return repoPath === entry.slice(0, -1) || repoPath.startsWith(entry);
  return repoPath.replace(EXTENSION, '') === entry.replace(EXTENSION, '');
}

/** @param {string} entry @param {string} specifier */
function matchesPackage(entry, specifier) {
  if (entry.endsWith('*')) return specifier.startsWith(entry.slice(0, -1));
  return specifier === entry || specifier.startsWith(`${entry}/`);
}

/**
 * @typedef {{ files?: string[], ignores?: string[], allow?: string[], forbid?: string[],
 *   except?: string[], message: string }} Zone
 * @typedef {{ root: string, zones: Zone[] }} Options
 */

/**
 * @param {Zone} zone
 * @param {string} target
 * @param {(entry: string, target: string) => boolean} matches
 */
function refuses(zone, target, matches) {
  const any = (/** @type {string[] | undefined} */ list) =>
    (list ?? []).some((entry) => matches(entry, target));
  if (any(zone.except)) return false;
  return any(zone.forbid) || (zone.allow !== undefined && !any(zone.allow));
}

const zoneSchema = {
  type: 'object',
  properties: {
    files: { type: 'array', items: { type: 'string' } },
    ignores: { type: 'array', items: { type: 'string' } },
    allow: { type: 'array', items: { type: 'string' } },
    forbid: { type: 'array', items: { type: 'string' } },
    except: { type: 'array', items: { type: 'string' } },
    message: { type: 'string' },
  },
  required: ['message'],
  additionalProperties: false,
};

/**
 * @param {'folders' | 'packages'} kind
 * @returns {import('eslint').Rule.RuleModule}
 */
function boundaryRule(kind) {
  return {
    meta: {
      type: 'problem',
      docs: {
        description:
          kind === 'folders'
            ? 'Which repo folders a file may import (docs/ARCHITECTURE.md, "Where code goes").'
            : 'Which packages and Node built-ins a file may import.',
      },
      schema: [
        {
          type: 'object',
          properties: { root: { type: 'string' }, zones: { type: 'array', items: zoneSchema } },
          required: ['root', 'zones'],
          additionalProperties: false,
        },
      ],
      messages: { refused: '{{file}} may not import "{{specifier}}": {{message}}' },
    },
    create(context) {
      const { root, zones } = /** @type {Options} */ (context.options[0]);
      if (!path.isAbsolute(context.filename)) return {};
      const file = path.relative(root, context.filename).split(path.sep).join('/');
      if (file.startsWith('..')) return {};
      const active = zones.filter(
        (zone) =>
          (zone.files === undefined || zone.files.some((entry) => matchesRepoPath(entry, file))) &&
          !(zone.ignores ?? []).some((entry) => matchesRepoPath(entry, file)),
      );
      if (active.length === 0) return {};

      /** @param {import('estree').Node} node @param {unknown} value */
      const check = (node, value) => {
        if (typeof value !== 'string') return;
        const relative = value.startsWith('./') || value.startsWith('../');
        let target;
        if (kind === 'folders') {
          if (!relative) return;
          target = path.posix.normalize(path.posix.join(path.posix.dirname(file), value));
          if (target.startsWith('..')) return;
        } else {
          if (relative || value.startsWith('/')) return;
          target = value;
        }
        const matches = kind === 'folders' ? matchesRepoPath : matchesPackage;
        const zone = active.find((candidate) => refuses(candidate, target, matches));
        if (zone === undefined) return;
        context.report({
          node,
          messageId: 'refused',
          data: { file, specifier: value, message: zone.message },
        });
      };

      /** The text of a string literal or a template literal without expressions. */
      const literal = (/** @type {any} */ node) => {
        if (node?.type === 'Literal') return node.value;
        if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) {
          return node.quasis[0]?.value.cooked;
        }
        return undefined;
      };

      return {
        ImportDeclaration: (node) => check(node.source, node.source.value),
        ExportNamedDeclaration: (node) => {
          if (node.source) check(node.source, node.source.value);
        },
        ExportAllDeclaration: (node) => check(node.source, node.source.value),
        ImportExpression: (node) => check(node.source, literal(node.source)),
        CallExpression: (node) => {
          if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
            const [first] = node.arguments;
            if (first) check(first, literal(first));
          }
        },
        // TypeScript-only forms: `import x = require('…')` and `type T = import('…').T`.
        /** @param {any} node */
        TSExternalModuleReference: (node) => check(node, literal(node.expression)),
        /** @param {any} node */
        TSImportType: (node) =>
          // typescript-eslint 8.x names the string `source`; older versions `argument.literal`.
          check(node, literal(node.source !== undefined ? node.source : node.argument?.literal)),
      };
    },
  };
}

export const importBoundaries = {
  meta: { name: 'peaksend-import-boundaries' },
  rules: { 'folder-imports': boundaryRule('folders'), 'package-imports': boundaryRule('packages') },
};
