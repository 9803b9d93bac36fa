/**
 * How a field for a secret (the code, the passphrase, the erase code) is written so that no
 * browser offers to keep it.
 *
 * Firefox's login manager runs on moz-extension:// pages and watches every field that is, or
 * ever was, `type="password"`: each key typed and each submit reach "Prompting user to save
 * login." (signon.debug), and one click on Save puts the secret in about:logins.
 * `autocomplete="off"` does not stop it (signon.storeWhenAutocompleteOff is on by default), and
 * a page has no other opt-out. So in Firefox the field is a text field masked by CSS
 * (`-webkit-text-security`, Firefox 114 and later), which the login manager does not look at;
 * copy and cut are refused, as a password field refuses them.
 *
 * Chromium's password manager never runs on chrome-extension:// pages (the renderer's
 * PasswordAutofillAgent::FrameCanAccessPasswordManager takes http and https only, and
 * ChromePasswordManagerClient::CanShowBubbleOnURL excludes the extension scheme), so there the
 * field stays a real password field, which screen readers announce as protected.
 */
export type Engine = 'chromium' | 'firefox';

export interface SecretInput {
  type: 'password' | 'text';
  /** The mask, inline so that it holds even without the stylesheet. */
  style?: string;
  /** Refuse copy and cut (a masked text field would let the secret out through the clipboard). */
  refuseClipboard: boolean;
}

export const MASK_STYLE = '-webkit-text-security: disc';

export function secretInput(engine: Engine): SecretInput {
  return engine === 'firefox' ? { type: 'text', style: MASK_STYLE, refuseClipboard: true } : { type: 'password', refuseClipboard: false };
}

/** The engine this build is for (WXT builds Firefox and Chromium apart). */
export const BUILD_ENGINE: Engine = import.meta.env.FIREFOX ? 'firefox' : 'chromium';
