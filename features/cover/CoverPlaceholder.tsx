export function CoverPlaceholder() {
  return (
    <main aria-label="Calculator">
      <output aria-label="Display">0</output>
    </main>
  );
}
