// Authors give each heading a stable anchor: `## Where images go {#where-images-go}`.
// MDX would read `{…}` as JavaScript, so escapeHeadingIds() escapes the braces first and
// this plugin then moves the id from the heading text onto the heading element.
type Node = { type: string; value?: string; depth?: number; children?: Node[]; data?: { hProperties?: Record<string, string> } };

const trailingId = /\s*\{#([a-z0-9-]+)\}\s*$/;

export function escapeHeadingIds(markdown: string): string {
  return markdown.replace(/^(#{1,6}\s.*?)\s*\{#([a-z0-9-]+)\}\s*$/gm, '$1 \\{#$2\\}');
}

export function remarkHeadingIds() {
  return (tree: Node) => {
    const visit = (node: Node) => {
      if (node.type === 'heading' && node.children?.length) {
        const last = node.children[node.children.length - 1];
        const m = last.type === 'text' ? last.value?.match(trailingId) : null;
        if (m) {
          last.value = last.value!.replace(trailingId, '');
          node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: m[1] } };
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
