// arXiv identifiers as they appear in feeds and tables, without their version suffix.
const NEW_STYLE = /^\d{4}\.\d{4,5}$/;
const OLD_STYLE = /^[a-z-]+(?:\.[A-Z]{2})?\/\d{7}$/i;

/** "http://arxiv.org/abs/2409.20559v1", "arXiv:2409.20559v2", "2409.20559" → "2409.20559"; else null. */
export function parseArxivId(value: string): string | null {
  const bare = value
    .trim()
    .replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, "")
    .replace(/^arxiv:/i, "")
    .replace(/(?:\.pdf)?\/?$/i, "")
    .replace(/v\d+$/, "");
  return NEW_STYLE.test(bare) || OLD_STYLE.test(bare) ? bare : null;
}
