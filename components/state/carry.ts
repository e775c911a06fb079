// The language link takes the page's fragment along (see LanguageLink). A tool may hold
// private text that its address leaves out (the questions tool's notes, unless the user
// shares them); it can hand over a fuller fragment for this one local navigation. The other
// language's page reads it and rewrites its own address without the private part, so nothing
// is sent anywhere and nothing lands in a link the user did not ask for.

const CARRY_EVENT = 'before-your-scan:carry';
type CarryDetail = { hash: string };

/** The fragment to take to the same page in another language: the address's own, unless a tool offers more. */
export function carriedFragment(): string {
  const detail: CarryDetail = { hash: window.location.hash };
  window.dispatchEvent(new CustomEvent<CarryDetail>(CARRY_EVENT, { detail }));
  return detail.hash;
}

/** Lets a tool offer its hand-over fragment; returns the clean-up for an effect. */
export function offerCarry(fragment: () => string): () => void {
  const listener = (e: Event) => {
    (e as CustomEvent<CarryDetail>).detail.hash = fragment();
  };
  window.addEventListener(CARRY_EVENT, listener);
  return () => window.removeEventListener(CARRY_EVENT, listener);
}
