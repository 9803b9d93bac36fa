import { registerCoverIdentity } from '@/core/cover-startup';
import { registerPanicTriggers } from '@/core/panic-triggers';

export default defineBackground(() => {
  registerPanicTriggers();
  registerCoverIdentity();

  // Test builds only (`--mode e2e`): open the harness page, since Firefox's WebDriver BiDi
  // cannot open moz-extension:// pages itself. The store build drops this branch.
  if (import.meta.env.MODE === 'e2e') {
    browser.runtime.onInstalled.addListener(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/e2e.html' as '/popup.html') });
    });
  }
});
