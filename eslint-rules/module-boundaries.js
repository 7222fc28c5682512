// A module (src/modules/<name>, src/platform/<name>) is entered only through its index.ts.
// Imports inside a module folder are free; imports from outside must name the folder's index.ts.
// One exception: a schema file (*.tables.ts) may import another module's schema file, for foreign
// keys. drizzle-kit loads the schema files alone, and an index.ts would pull in the whole module.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const SRC = path.join(root, 'src');

/** The module folder a file belongs to, e.g. src/modules/orders, or null. */
function moduleOf(file) {
  const rel = path.relative(SRC, file).split(path.sep);
  if ((rel[0] === 'modules' || rel[0] === 'platform') && rel.length > 2) return path.join(SRC, rel[0], rel[1]);
  return null;
}

function resolve(fromFile, spec) {
  if (spec.startsWith('#src/')) return path.join(SRC, spec.slice('#src/'.length));
  if (spec.startsWith('.')) return path.resolve(path.dirname(fromFile), spec);
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'modules import each other only through index.ts' },
    messages: {
      deep: "'{{spec}}' reaches inside {{target}}: import '{{index}}' instead (a module's index.ts is its only public surface).",
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = moduleOf(file);
    function check(node) {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      const target = resolve(file, spec);
      if (!target) return;
      const targetModule = moduleOf(target);
      if (!targetModule || targetModule === own) return;
      if (path.basename(target) === 'index.ts' && path.dirname(target) === targetModule) return;
      if (file.endsWith('.tables.ts') && target.endsWith('.tables.ts')) return;
      const index = '#src/' + path.relative(SRC, path.join(targetModule, 'index.ts')).split(path.sep).join('/');
      context.report({
        node: node.source,
        messageId: 'deep',
        data: { spec, target: path.relative(root, targetModule), index },
      });
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
