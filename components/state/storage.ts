// localStorage, only when the user has opted in, and never trusted to work: private
// browsing, a full quota, or a browser setting can make every call throw.

export function readStored(key: string): { value: string | null; available: boolean } {
  try {
    return { value: window.localStorage.getItem(key), available: true };
  } catch {
    return { value: null, available: false };
  }
}

/** True when the value was saved. */
export function writeStored(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value);
    return window.localStorage.getItem(key) === value;
  } catch {
    return false;
  }
}

export function removeStored(key: string): boolean {
  try {
    window.localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
