import { CoverPlaceholder } from '@/features/cover/CoverPlaceholder';

/** The popup's root. The cover is always the first thing painted. */
export function App() {
  return <CoverPlaceholder />;
}
