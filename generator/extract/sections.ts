/**
 * Which section each table sits under: Markdown headings, and below them the labels that
 * pasted documents use instead of headings ("通用错误码", then "应用相关" under "OAuth2 错误码").
 */

import type { HeadingBlock, LabelBlock } from '../parse/index.js';
import { statusHeading } from '../parse/recover/status-heading.js';
import { trimEndWhere } from '../text.js';

/**
 * A sentence that gives the status of every error of its section: "these errors are returned with
 * HTTP 440", "以下错误返回 HTTP 状态码 403", "以下错误的 HTTP 状态码均为 400". Naming one error ("Error 2020 is returned with HTTP status 421") is its record's.
 */
const STATUS_STATEMENT =
  /\b(?:these|the\s+following|all(?:\s+of)?(?:\s+the)?|every|such|below)\s+(?:\w+\s+){0,3}?(?:errors?|codes?|error\s+codes?)\s+(?:below\s+)?(?:are|is)\s+(?:all\s+)?returned\s+(?:with|via|as|by|using)\s+(?:an?\s+)?HTTP\s*(?:status\s*)?(?:code\s*)?([1-5]\d\d)(?!\d)|(?:以下|下列|这些|本节|如下)[^。\n]{0,20}?(?:错误|错误码)[^。\n]{0,20}?返回\s*(?:的\s*)?HTTP\s*状态码?\s*(?:为|是)?\s*([1-5]\d\d)(?!\d)|(?:以下|下列|这些|本节|如下|所有)[^。\n]{0,20}?(?:错误|错误码|接口)[^。\n]{0,20}?HTTP\s*状态码?\s*(?:均|都|统一|全部|一律)?\s*(?:为|是)\s*([1-5]\d\d)(?!\d)/i;

/** A statement about every error of the document (`所有接口出错时 HTTP 状态码均为 200`, `All errors are returned with HTTP 200`), not only of its section. */
const WHOLE_DOCUMENT = /^(?:所有|全部|all\b|every\b)/i;

/** Words that narrow a statement to its section, or to the successful responses. */
const NARROWED = /以下|下列|这些|本节|本章|如下|成功|正常|\b(?:these|following|below|this\s+(?:section|page|table)|success(?:ful)?)\b/i;

/** The last word of a label, by which sibling labels recognise each other (`错误码`, `相关`, `errors`). */
function suffixOf(text: string): string {
  const trimmed = trimEndWhere(text, (char) => /[\s:：。.]/.test(char));
  const latin = /([A-Za-z]+)$/.exec(trimmed);
  return latin !== null ? latin[1]!.toLowerCase() : trimmed.slice(-2);
}

/** Tracks the current section path while blocks are read in order. */
export class Sections {
  readonly #headings: { depth: number; text: string; stated: number | null }[] = [];
  /** A status stated before any heading. */
  #stated: number | null = null;
  #labels: string[] = [];
  #labelJustBefore = false;

  /** A heading closes every section at its depth or deeper. */
  heading(block: HeadingBlock): void {
    while ((this.#headings[this.#headings.length - 1]?.depth ?? 0) >= block.depth) this.#headings.pop();
    this.#headings.push({ depth: block.depth, text: block.text, stated: null });
    this.#labels = [];
    this.#labelJustBefore = false;
  }

  /**
   * A label right after another label is its child; otherwise it replaces the deepest
   * label with the same last word (a sibling), or else the innermost label.
   */
  label(block: LabelBlock): void {
    if (this.#labelJustBefore || this.#labels.length === 0) {
      this.#labels.push(block.text);
    } else {
      const suffix = suffixOf(block.text);
      let level = this.#labels.length - 1;
      for (let i = this.#labels.length - 1; i >= 0; i--) {
        if (suffixOf(this.#labels[i]!) === suffix) {
          level = i;
          break;
        }
      }
      this.#labels = [...this.#labels.slice(0, level), block.text];
    }
    this.#labelJustBefore = true;
  }

  /** Any other block ends a run of labels. */
  other(): void {
    this.#labelJustBefore = false;
  }

  /** Prose of the current section: a sentence giving all its errors one status holds for the rest of the section. */
  text(text: string): void {
    const match = STATUS_STATEMENT.exec(text);
    if (match === null) return;
    const status = Number(match[1] ?? match[2] ?? match[3]);
    const innermost = this.#headings[this.#headings.length - 1];
    // Said of all errors, under any heading (a section on calling the API), it holds for the document's.
    if (innermost === undefined || (WHOLE_DOCUMENT.test(match[0]) && !NARROWED.test(text))) this.#stated = status;
    else innermost.stated = status;
  }

  /** Section titles from the outermost in. */
  path(): string[] {
    return [...this.#headings.map((heading) => heading.text), ...this.#labels];
  }

  /**
   * The HTTP status the innermost section names ("HTTP 返回状态码为400的错误说明", `### 404 Not Found`,
   * `# 403错误`) or states in a sentence, or `null`.
   */
  status(): number | null {
    const path = this.path();
    for (let i = path.length - 1; i >= 0; i--) {
      const stated = this.#headings[i]?.stated ?? null;
      if (stated !== null) return stated;
      const match = /(?:http|状态)[^\d\n]{0,20}?([1-5]\d\d)(?!\d)/i.exec(path[i]!);
      if (match !== null) return Number(match[1]);
      const named = statusHeading(path[i]!);
      if (named !== null) return named;
    }
    return this.#stated;
  }
}
