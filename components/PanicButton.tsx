import { panicFromView } from '@/core/panic-view';

/** Same place on every Haven screen, big enough to hit without looking. */
export function PanicButton() {
  return (
    <button type="button" class="panic-button" aria-label="Quick close" title="Quick close (Esc Esc)" onClick={panicFromView}>
      <span aria-hidden="true">✕</span> Close
    </button>
  );
}
