import { registerCoverIdentity } from '@/core/cover-startup';
import { registerFirstRunOffer } from '@/core/first-run';
import { registerPanicTriggers } from '@/core/panic-triggers';

export default defineBackground(() => {
  registerPanicTriggers();
  registerCoverIdentity();
  registerFirstRunOffer();

  // Test builds only (`--mode e2e` or `bench`): open the harness page, since Firefox's WebDriver BiDi
  // cannot open moz-extension:// pages itself. The store build drops this branch. In Firefox it
  // goes into the tab the browser started with: BiDi does not report a tab that starts in the
  // extension process (bug 1755014), but keeps following one it already knows.
  if (import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'bench') {
    browser.runtime.onInstalled.addListener(async () => {
      const url = browser.runtime.getURL('/e2e.html' as '/popup.html');
      const [first] = import.meta.env.FIREFOX ? await browser.tabs.query({ active: true, lastFocusedWindow: true }) : [];
      await (first?.id !== undefined ? browser.tabs.update(first.id, { url }) : browser.tabs.create({ url }));
    });
  }
});
