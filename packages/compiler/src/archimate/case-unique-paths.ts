// The paths an import writes, made unique regardless of case: on macOS and Windows `Tax_Office/`
// and `tax_office/` are one folder, and the second `model.gea` would land on the first. In each
// folder, a name that only case tells from one given before it (paths in code-unit order) gets
// `_2`, `_3`: a folder at its end, a file before its extension.
import { caseFolded } from '../build/unportable-paths.js';

/** Each path (relative, with `/`) → the path written; `reserved` names at the top are taken first. */
export function caseUniquePaths(paths: Iterable<string>, reserved: readonly string[] = []): Map<string, string> {
  const sorted = [...new Set(paths)].sort();
  // The names each folder is asked to hold: a name made with `_2` takes none of them.
  const asked = new Map<string, Set<string>>();
  const each = (path: string, visit: (folder: string, part: string, original: string, isFile: boolean) => void) => {
    const parts = path.split('/');
    let folder = '';
    for (const [index, part] of parts.entries()) {
      const original = index === 0 ? part : `${folder}/${part}`;
      visit(folder, part, original, index === parts.length - 1);
      folder = original;
    }
  };
  for (const path of [...reserved, ...sorted]) each(path, (folder, part) => namesIn(asked, folder).add(caseFolded(part)));
  const taken = new Map<string, Set<string>>();
  const free = (folder: string, askedFolder: string, part: string, isFile: boolean): string => {
    const names = namesIn(taken, folder);
    const others = namesIn(asked, askedFolder);
    const dot = isFile ? part.lastIndexOf('.') : -1;
    const [stem, extension] = dot > 0 ? [part.slice(0, dot), part.slice(dot)] : [part, ''];
    let name = part;
    for (let count = 2; names.has(caseFolded(name)) || (name !== part && others.has(caseFolded(name))); count++)
      name = `${stem}_${count}${extension}`;
    names.add(caseFolded(name));
    return name;
  };
  for (const name of reserved) free('', '', name, true);
  const given = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const path of sorted) {
    let written = '';
    each(path, (folder, part, original, isFile) => {
      let name = given.get(original);
      if (name === undefined) given.set(original, (name = free(written, folder, part, isFile)));
      written = written === '' ? name : `${written}/${name}`;
    });
    renamed.set(path, written);
  }
  return renamed;
}

function namesIn(names: Map<string, Set<string>>, folder: string): Set<string> {
  let found = names.get(folder);
  if (!found) names.set(folder, (found = new Set()));
  return found;
}
