import { browser } from 'wxt/browser';

/**
 * A call or text link (tel:, sms:) hands the number to the phone app. Where there is none,
 * Firefox shows its "address not understood" page in place of Haven's whole popup; Chrome
 * stays put. So in Firefox the link opens in a hidden frame: a phone app still gets it, and
 * otherwise the error page lands in the frame, which is gone a moment later. The number stays
 * on screen as plain text to copy.
 */
export function onPhoneLinkClick(event: MouseEvent): void {
  if (!browser.runtime.getURL('/').startsWith('moz-extension:')) return;
  const link = event.currentTarget as HTMLAnchorElement;
  event.preventDefault();
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = link.href;
  document.body.append(frame);
  setTimeout(() => frame.remove(), 5_000);
}
