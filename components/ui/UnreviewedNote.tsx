/**
 * "This translation has not been checked by a fluent human reviewer." On screen near the title;
 * on paper it gives way to a one-line footnote in the page's footer (PageInfo), so a patient's
 * printed list does not start with a banner.
 */
export function UnreviewedNote({ text }: { text: string }) {
  return <p className="unreviewed-note text-sm font-semibold">{text}</p>;
}
