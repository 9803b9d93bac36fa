import type { ComponentChildren, JSX } from 'preact';
import type { MdNode } from '@/scripts/vite-markdown';
import { isHeading } from './model';

interface Props {
  nodes: MdNode[];
  /** Shown at the end of each heading's section, before the next heading. */
  afterSection?: (headingId: string) => ComponentChildren;
  /** A link to `#an-id` on this page. */
  onHeadingLink?: (id: string) => void;
  /** Read out after an outside link's words, e.g. "(opens in a new tab)". */
  newTabHint?: string;
}

/**
 * The build-time Markdown tree (scripts/vite-markdown.ts) as Preact elements: every word goes
 * in as text, never as HTML. Headings can take focus, so the table of contents can move to them.
 */
export function MarkdownView({ nodes, afterSection, onHeadingLink, newTabHint }: Props) {
  const links = { onHeadingLink, newTabHint };
  const out: ComponentChildren[] = [];
  let section: string | null = null;
  const closeSection = () => {
    const after = section !== null ? afterSection?.(section) : null;
    if (after) out.push(<div key={`after-${section}`}>{after}</div>);
  };
  nodes.forEach((node, index) => {
    if (isHeading(node)) {
      closeSection();
      section = node.id;
    }
    out.push(render(node, index, links));
  });
  closeSection();
  return <>{out}</>;
}

/** Inline content only (a heading's words), for the title and the table of contents. */
export function MarkdownInline({ nodes }: { nodes: MdNode[] }) {
  return <>{nodes.map((node, index) => render(node, index, {}))}</>;
}

interface LinkOptions {
  onHeadingLink?: (id: string) => void;
  newTabHint?: string;
}

const OUTSIDE = /^(https:\/\/|mailto:|tel:|sms:)/;

function render(node: MdNode, key: number, links: LinkOptions): JSX.Element | string {
  if (typeof node === 'string') return node;
  const kids = () => ('c' in node ? node.c.map((child, index) => render(child, index, links)) : null);
  switch (node.t) {
    case 'h1':
      return <h1 key={key} id={node.id} tabIndex={-1}>{kids()}</h1>;
    case 'h2':
      return <h2 key={key} id={node.id} tabIndex={-1}>{kids()}</h2>;
    case 'h3':
      return <h3 key={key} id={node.id} tabIndex={-1}>{kids()}</h3>;
    case 'p':
      return <p key={key}>{kids()}</p>;
    case 'ul':
      return <ul key={key}>{kids()}</ul>;
    case 'ol':
      return <ol key={key} start={node.start}>{kids()}</ol>;
    case 'li':
      return <li key={key}>{kids()}</li>;
    case 'strong':
      return <strong key={key}>{kids()}</strong>;
    case 'em':
      return <em key={key}>{kids()}</em>;
    case 'blockquote':
      return <blockquote key={key}>{kids()}</blockquote>;
    case 'br':
      return <br key={key} />;
    case 'hr':
      return <hr key={key} />;
    case 'a':
      return renderLink(node.href, kids(), key, links);
  }
}

function renderLink(href: string, children: ComponentChildren, key: number, { onHeadingLink, newTabHint }: LinkOptions) {
  if (href.startsWith('#')) {
    const id = href.slice(1);
    return (
      <a
        key={key}
        href={href}
        onClick={(event) => {
          // Move within the page without touching the address or the history.
          event.preventDefault();
          onHeadingLink?.(id);
        }}
      >
        {children}
      </a>
    );
  }
  // The plugin only lets these through; checked again so no other scheme can ever be a link.
  if (!OUTSIDE.test(href)) return <span key={key}>{children}</span>;
  if (!href.startsWith('https://')) return <a key={key} href={href}>{children}</a>;
  return (
    <a key={key} href={href} target="_blank" rel="noreferrer noopener">
      {children}
      {newTabHint && <span class="visually-hidden"> {newTabHint}</span>}
    </a>
  );
}
