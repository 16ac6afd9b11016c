/**
 * Markup built only by the `html` tag: every interpolated value is escaped unless it is itself
 * markup from the tag. Nothing else can make one (the class is exported as a type only), so user
 * data cannot reach a page unescaped.
 */
class Markup {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type { Markup as SafeHtml };

/** What a template may interpolate: text (escaped), markup, lists of either, and nothing. */
export type HtmlValue = string | number | Markup | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => (out += render(value) + strings[i + 1]!));
  return new Markup(out);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.markup;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}
