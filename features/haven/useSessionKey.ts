import { useEffect, useState } from 'preact/hooks';
import { currentKey, onKeyChange } from '@/core/session';

/** The data key of the unlocked session, or null; re-renders when it comes or goes. */
export function useSessionKey(): CryptoKey | null {
  const [key, setKey] = useState(currentKey);
  useEffect(() => onKeyChange(setKey), []);
  return key;
}
