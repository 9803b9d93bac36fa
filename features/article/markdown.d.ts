/** Shipped Markdown, turned into a tree at build time by scripts/vite-markdown.ts. */
declare module '*.md' {
  const document: import('../../scripts/vite-markdown').MdDocument;
  export default document;
}
