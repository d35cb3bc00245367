// Building the page without ever parsing text as HTML: every string from the data goes in as a
// text node, so titles and abstracts holding markup show as text.
type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, ""), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Text with some character ranges wrapped in <mark> (ranges sorted, not overlapping). */
export function highlighted(text: string, ranges: { start: number; end: number; className?: string; title?: string }[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const range of ranges) {
    if (range.start < at || range.end > text.length) continue;
    fragment.append(text.slice(at, range.start));
    fragment.append(h("mark", { class: range.className, title: range.title }, text.slice(range.start, range.end)));
    at = range.end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

/**
 * A search box that filters as one types: `apply` runs a moment after the last keystroke, and at
 * once on Enter or when the box loses focus with a change pending. Returns a function that drops a
 * pending change (for when the view is replaced: a late keystroke must not rewrite another view's URL).
 */
export function liveSearch(input: HTMLInputElement, apply: (value: string) => void, delay = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applied = input.value;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (input.value === applied) return;
    applied = input.value;
    apply(input.value);
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  input.addEventListener("change", flush);
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") flush();
  });
  return () => clearTimeout(timer);
}
