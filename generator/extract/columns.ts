/**
 * What a table column means, from its header text (Chinese or English), never from its index.
 */

import type { Locale } from '../model.js';

/** The field a column fills. `unknown` columns are kept as `extra` on the entry. */
export type Role = 'code' | 'status' | 'name' | 'alias' | 'message' | 'description' | 'remedy' | 'retryable' | 'unknown';

/** One header word or phrase and the role it names. */
interface Term {
  /** `unknown` for head words that name no field (`分类` in `错误分类`): they keep `错误` from making a code column. */
  readonly role: Role;
  readonly pattern: RegExp;
}

/**
 * Header vocabulary. Latin terms match whole words only; spaces inside a term are optional
 * (`HTTP状态码`, `HTTP 状态码`). A header takes the role of the term that ends last,
 * because the head of a noun phrase comes last in both languages:
 * `错误码信息说明` is a 说明, `Error Code` a code, `异常描述 (error_description)` a 描述.
 */
const VOCABULARY: readonly Term[] = [
  ...terms('code', [
    '错误码', '错误代码', '错误编码', '错误编号', '异常码', '异常机器码', '机器码', '返回码', '状态码', '结果码',
    '响应码', '业务码', '错误号', '代码', '返回代码', '错误标识', '错误', 'code', 'error code', 'err code', 'errcode', 'error_code', 'err_code',
    'errorcode', 'error codes', 'return code', 'retcode', 'ret_code', 'result code', 'status code', 'error',
    'error id', 'error number', 'reason code', 'response code', 'id', 'errno', 'error no', 'faultcode', 'exception code',
    'sub code', 'subcode', '子错误码', '子码', '明细码',
  ]),
  ...terms('status', [
    'http 状态码', 'http 状态', 'http 返回码', 'http 返回状态码', 'http 返回信息', 'http 码', 'http status code',
    'http status', 'http code', 'http response code', 'http', 'status', '状态',
  ]),
  ...terms('name', [
    '枚举', '枚举名', '枚举值', '枚举名称', '名称', '错误名', '错误名称', '英文码', '错误英文码', '常量', '常量名',
    'enum', 'name', 'error name', 'constant', 'identifier', 'key', 'symbol', 'exception', 'error type name',
  ]),
  ...terms('message', [
    '错误信息', '错误消息', '默认消息', '消息', '提示', '提示信息', '错误提示', '信息', '中文', '英文', '中文信息',
    '英文信息', '中文描述', '英文描述', '返回信息', '文案', 'message', 'msg', 'errmsg', 'err_msg', 'error message',
    'error msg', 'english', 'chinese', 'text', 'error type', 'title', 'summary', 'default message', 'faultstring',
    'fault string', 'error string', 'sub msg', 'sub message', 'submsg',
  ]),
  ...terms('description', [
    '说明', '描述', '含义', '错误描述', '异常描述', '错误说明', '备注', '详情', '详细说明', '原因', '错误原因',
    '问题描述', 'description', 'desc', 'detail', 'details', 'meaning', 'explanation', 'reason', 'cause',
    'notes', 'note', 'error_description', 'comment', 'causes', 'common cause', 'common causes', 'possible cause',
    'possible causes', 'cause of error', '问题原因', '可能原因', '产生原因', '解释', '释义', 'what happened', 'reasons',
    'possible reasons',
  ]),
  ...terms('alias', ['别名', 'alias', 'aliases', 'sqlstate', 'sql state', 'hex', 'hex code', 'decimal', '十进制', '十六进制']),
  ...terms('retryable', ['可重试', '是否可重试', '能否重试', '重试', 'retryable', 'retriable', 'retry', 'can retry', 'transient']),
  ...terms('unknown', ['分类', '类别', '错误分类', '错误类别', '所属模块', '模块', 'category', 'error category', 'module']),
  ...terms('remedy', [
    '解决方案', '解决方法', '解决办法', '处理', '处理方式', '处理方法', '处理措施', '处理建议', '建议', '操作建议',
    '排查建议', '措施', 'solution', 'solutions', 'remedy', 'resolution', 'action', 'actions', 'suggestion',
    'suggested action', 'suggested actions', 'fix', 'how to fix', 'resolutions', 'what to do', 'user response', 'handling', 'recommendation', 'workaround', 'troubleshooting', 'how to resolve',
  ]),
];

function terms(role: Term['role'], phrases: readonly string[]): Term[] {
  return phrases.map((phrase) => {
    const body = [...phrase]
      .map((char) => (char === ' ' ? '[\\s_-]*' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    const latin = /^[a-z]/i.test(phrase);
    const end = /[a-z]$/i.test(phrase);
    return { role, pattern: new RegExp(`${latin ? '(?<![A-Za-z0-9_])' : ''}${body}${end ? '(?![A-Za-z0-9_])' : ''}`, 'gi') };
  });
}

/** A vocabulary match inside a header text. */
export interface TermMatch {
  readonly role: Term['role'];
  readonly start: number;
  readonly end: number;
}

/** Every vocabulary match in `text`, by start then longest first. */
export function findTerms(text: string): TermMatch[] {
  const found: TermMatch[] = [];
  for (const { role, pattern } of VOCABULARY) {
    for (const match of text.matchAll(pattern)) {
      found.push({ role, start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

const LOCALE_HINTS: readonly [RegExp, Locale][] = [
  [/中文|汉语|简体|chinese|(?<![a-z])zh(?![a-z])/i, 'zh-CN'],
  [/英文|英语|english|(?<![a-z])en(?![a-z])/i, 'en'],
];

/** The meaning of one header cell, and the locale it names if any (`中文`, `English`). */
export interface HeaderMeaning {
  readonly role: Role;
  readonly locale: Locale | null;
}

/** The role whose term ends last in `text` (ties: the longest term), or `unknown`. */
function headRole(text: string): Role {
  let best: TermMatch | null = null;
  for (const match of findTerms(text)) {
    if (best === null || match.end > best.end || (match.end === best.end && match.start < best.start)) best = match;
  }
  return best?.role ?? 'unknown';
}

/**
 * What a header cell means. A parenthesised alias is a fallback: `异常描述 (error_description)`
 * is read from `异常描述`, `Code (错误码)` from `Code`. Any mention of HTTP makes a status column.
 */
export function classifyHeader(text: string): HeaderMeaning {
  // Tables repeat their headers, and shapes are checked by asking of cells that are not headers: each text is classified once.
  const known = MEANINGS.get(text);
  if (known !== undefined) return known;
  if (MEANINGS.size >= MAX_MEANINGS) MEANINGS.clear();
  const meaning = classify(text);
  MEANINGS.set(text, meaning);
  return meaning;
}

/** Texts classified so far, and how many are kept before the cache starts over. */
const MEANINGS = new Map<string, HeaderMeaning>();
const MAX_MEANINGS = 10_000;

function classify(text: string): HeaderMeaning {
  const plain = text.replace(/\s+/g, ' ').trim();
  const main = plain.replace(/[（(][^()（）]*[)）]/g, ' ').trim();
  const alias = [...plain.matchAll(/[（(]([^()（）]*)[)）]/g)].map((match) => match[1]).join(' ');
  let role: Role = 'unknown';
  if (/http/i.test(main)) role = 'status';
  else role = headRole(main);
  if (role === 'unknown' && alias !== '') role = /http/i.test(alias) ? 'status' : headRole(alias);
  const locale = LOCALE_HINTS.find(([pattern]) => pattern.test(plain))?.[1] ?? null;
  return { role, locale };
}
