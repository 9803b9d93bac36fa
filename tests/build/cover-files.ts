import { dirname, join, normalize } from 'node:path';
import { readText } from './built';

/**
 * What the popup loads before the code is typed: the scripts and styles popup.html links, and
 * every chunk those scripts import statically, followed to the end. A chunk reached only
 * through `import("…")` (Haven, setup, the PDF library) is not part of it. Found from the
 * built files, never by a chunk's name: names are hashes.
 */
export function coverFiles(dir: string): string[] {
  const html = readText(dir, 'popup.html');
  const linked = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (file.endsWith('.js')) for (const imported of staticImports(dir, file)) visit(imported);
  };
  linked.forEach(visit);
  return [...seen];
}

/** `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`, as build paths. */
export function staticImports(dir: string, file: string): string[] {
  const text = readText(dir, file);
  return [...text.matchAll(/\b(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((match) => normalize(join(dirname(file), match[1]!)));
}

/** The chunks a file loads on demand, through `import("./x.js")`. */
export function dynamicImports(dir: string, file: string): string[] {
  const text = readText(dir, file);
  return [...text.matchAll(/\bimport\(\s*"(\.{1,2}\/[^"]+\.js)"\s*\)/g)].map((match) => normalize(join(dirname(file), match[1]!)));
}
