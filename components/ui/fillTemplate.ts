/**
 * Fills "{name}" placeholders in a translated template on the client, where no ICU runtime
 * ships. Only for plain values (counts, positions): plurals stay in messages, formatted on the server.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
