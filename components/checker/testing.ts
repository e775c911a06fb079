/** Helpers the checker's unit tests share: re-reading a written file. */
import { encodingOf, parse, readText, span } from './parse';

export function reread(bytes: Uint8Array) {
  const parsed = parse(bytes);
  const ds = parsed.dataSet;
  const encoding = encodingOf(ds);
  return {
    parsed,
    has: (key: string) => key in ds.elements,
    text: (key: string) => (ds.elements[key] ? readText(ds, ds.elements[key], encoding) : undefined),
    /** The element's bytes, header and delimiters included. */
    raw: (key: string) => {
      const [start, end] = span(ds.elements[key], parsed.explicit, ds.byteArray as Uint8Array);
      return (ds.byteArray as Uint8Array).slice(start, end);
    },
    item: (key: string, index = 0) => ds.elements[key]?.items?.[index]?.dataSet,
  };
}
