import type { Heading, Html, List, Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Plugin } from 'vite';

/**
 * Shipped Markdown (assets/content/*.md) becomes data at build time: `import article from
 * './article.en.md'` gives a small JSON tree that features/article/MarkdownView renders with
 * Preact elements. No Markdown or HTML parser ships, and nothing reaches innerHTML.
 *
 * The tree: a string is plain text; every other node is `{ t, c }` (tag, children), with `id` on
 * headings, `href` on links and `start` on an ordered list that does not begin at 1.
 */
export type MdNode =
  | string
  | { t: 'h1' | 'h2' | 'h3'; id: string; c: MdNode[] }
  | { t: 'p' | 'ul' | 'li' | 'strong' | 'em' | 'blockquote'; c: MdNode[] }
  | { t: 'ol'; start?: number; c: MdNode[] }
  | { t: 'a'; href: string; c: MdNode[] }
  | { t: 'br' | 'hr' };

export type MdHeading = Extract<MdNode, { t: 'h1' | 'h2' | 'h3' }>;
export type MdDocument = MdNode[];

/** What a link may point to: an outside page over HTTPS, a phone or mail app, or a heading here. */
const SAFE_HREF = /^(https:\/\/|mailto:|tel:|sms:|#[a-z][a-z0-9-]*$)/;
/** `## A heading {#its-id}`: an id that stays the same whatever the words (and in every language). */
const EXPLICIT_ID = /\s*\{#([a-z][a-z0-9-]*)\}\s*$/;

export function markdownAsData(): Plugin {
  return {
    name: 'haven:markdown-as-data',
    enforce: 'pre',
    transform(source, id) {
      // `x.md?raw` and other queries keep Vite's own meaning.
      if (!id.endsWith('.md')) return null;
      return { code: `export default ${JSON.stringify(markdownToTree(source, id))};\n`, map: null };
    },
  };
}

export function markdownToTree(source: string, file = 'markdown'): MdDocument {
  const ids = new Set<string>();
  const fail = (node: Nodes, problem: string): never => {
    const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
    throw new Error(`${file}${at}: ${problem}`);
  };

  const children = (parent: Parents): MdNode[] => joinText(parent.children.flatMap((child) => convert(child)));

  const heading = (node: Heading): MdNode[] => {
    if (node.depth > 3) fail(node, 'the reader shows headings up to ### (h3).');
    const c = children(node);
    let id: string | undefined;
    const last = c.at(-1);
    const explicit = typeof last === 'string' ? EXPLICIT_ID.exec(last) : null;
    if (explicit && typeof last === 'string') {
      id = explicit[1]!;
      const rest = last.slice(0, explicit.index);
      if (rest) c[c.length - 1] = rest;
      else c.pop();
      if (ids.has(id)) fail(node, `the id "${id}" is used twice.`);
    } else {
      const base = slugify(plainText(c));
      id = base;
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    }
    ids.add(id);
    return [{ t: `h${node.depth as 1 | 2 | 3}`, id, c }];
  };

  const list = (node: List): MdNode[] => {
    const loose = node.spread === true || node.children.some((item) => item.spread === true);
    const items: MdNode[] = node.children.map((item) => ({
      t: 'li',
      // A tight list's items hold their text directly, as HTML would.
      c: loose ? children(item) : joinText(item.children.flatMap((child) => (child.type === 'paragraph' ? children(child) : convert(child)))),
    }));
    if (!node.ordered) return [{ t: 'ul', c: items }];
    return [node.start !== null && node.start !== undefined && node.start !== 1 ? { t: 'ol', start: node.start, c: items } : { t: 'ol', c: items }];
  };

  const html = (node: Html): MdNode[] =>
    /^<!--[\s\S]*-->$/.test(node.value.trim()) ? [] : fail(node, 'HTML is not shown by the reader; write it in Markdown.');

  function convert(node: Nodes): MdNode[] {
    switch (node.type) {
      case 'root':
        return children(node);
      case 'heading':
        return heading(node);
      case 'paragraph':
        return [{ t: 'p', c: children(node) }];
      case 'list':
        return list(node);
      case 'listItem':
        return [{ t: 'li', c: children(node) }];
      case 'blockquote':
        return [{ t: 'blockquote', c: children(node) }];
      case 'thematicBreak':
        return [{ t: 'hr' }];
      case 'strong':
        return [{ t: 'strong', c: children(node) }];
      case 'emphasis':
        return [{ t: 'em', c: children(node) }];
      case 'link':
        if (!SAFE_HREF.test(node.url)) fail(node, `links must start with https://, mailto:, tel:, sms: or #an-id (not "${node.url}").`);
        return [{ t: 'a', href: node.url, c: children(node) }];
      case 'text':
        // A line break inside a paragraph is just a space.
        return [node.value.replace(/[ \t]*\n[ \t]*/g, ' ')];
      case 'break':
        return [{ t: 'br' }];
      case 'html':
        return html(node);
      default:
        return fail(node, `the reader does not show "${node.type}" (supported: headings, paragraphs, lists, **bold**, *italic*, [links](https://…), > quotes, ---).`);
    }
  }

  const tree = convert(fromMarkdown(source));
  for (const link of linksIn(tree)) {
    if (link.startsWith('#') && !ids.has(link.slice(1))) throw new Error(`${file}: the link to "${link}" points to no heading.`);
  }
  return tree;
}

/** Lower case, no accents, words joined by "-": "Sanar después de irte" → "sanar-despues-de-irte". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'section';
}

export function plainText(nodes: MdNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : 'c' in node ? plainText(node.c) : ' ')).join('');
}

function joinText(nodes: MdNode[]): MdNode[] {
  const out: MdNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else out.push(node);
  }
  return out;
}

function linksIn(nodes: MdNode[]): string[] {
  return nodes.flatMap((node) => (typeof node === 'string' ? [] : node.t === 'a' ? [node.href, ...linksIn(node.c)] : 'c' in node ? linksIn(node.c) : []));
}
