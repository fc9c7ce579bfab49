/**
 * Escapes text for HTML and SVG content and attribute values: `&`, `<`, `>`, `"` and `'`.
 *
 * @param text - Any text (a ward name, a criterion title).
 * @returns The text, safe between tags and inside quoted attributes.
 * @example
 * escapeHtml('<script>alert("x")</script>')
 * //=> "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
 * @category Report
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character as keyof typeof ENTITIES]);
}

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" } as const;
