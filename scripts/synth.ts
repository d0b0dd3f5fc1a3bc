/**
 * Deterministic synthetic specs for `npm run bench`: realistic error-code documents of any
 * size, from a seed. No `Math.random`: the same seed and size give the same bytes.
 *
 * Each file mixes the shapes real vendor documents have: clean GFM tables, pipe rows with no
 * delimiter row, glued rows where copy-paste lost the cell borders
 * (`oauth2.token.expired401令牌已过期`), multi-line cells (`<br>`, and a last row continued on
 * the next line as copy-paste leaves it), zh and en text, and headings that group the codes.
 * Every entry written must be extracted: `SynthFile.entries` counts them, and a test holds
 * errspec to it.
 */

/** A small seeded PRNG (mulberry32): 32-bit state, uniform floats in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One synthetic spec file. */
export interface SynthFile {
  /** File name, e.g. `svc-0007.md`. */
  readonly name: string;
  readonly text: string;
  /** How many entries the file holds. */
  readonly entries: number;
}

const MODULES = ['oauth2', 'apikey', 'billing', 'device', 'scene', 'user', 'order', 'payment', 'storage', 'gateway'];
const RESOURCES = ['token', 'session', 'code', 'invoice', 'firmware', 'profile', 'record', 'quota', 'bucket', 'route'];
const REASONS = ['invalid', 'expired', 'not_found', 'denied', 'conflict', 'exceeded', 'missing', 'locked', 'offline', 'unsupported'];
const ZH = ['令牌已过期', '参数错误', '资源不存在', '无权访问该应用', '请求过于频繁', '设备不在线', '余额不足', '服务暂时不可用', '签名校验失败', '记录已被锁定'];
const EN = ['Token expired', 'Invalid parameter', 'Resource not found', 'Access denied', 'Too many requests', 'Device is offline', 'Insufficient balance', 'Service unavailable', 'Signature mismatch', 'Record is locked'];
const HINTS = ['检查传入的参数是否正确', 'Check the request signature', '稍后重试或降低调用频次', 'Contact the administrator', 'N/A'];
const STATUSES = [400, 401, 403, 404, 409, 429, 500, 503];

/** The shapes a group of rows may take. */
type Shape = 'gfm' | 'no-delimiter' | 'glued' | 'multi-line';
const SHAPES: readonly Shape[] = ['gfm', 'gfm', 'no-delimiter', 'glued', 'multi-line'];

interface Row {
  readonly code: string;
  readonly status: number;
  readonly zh: string;
  readonly en: string;
  readonly hint: string;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** A code unique within its file: `module.resource.reason<n>`; module and resource hold no `_`, so names stay unique too. */
function row(random: () => number, n: number): Row {
  return {
    code: `${pick(random, MODULES)}.${pick(random, RESOURCES)}.${pick(random, REASONS)}${n}`,
    status: pick(random, STATUSES),
    zh: pick(random, ZH),
    en: pick(random, EN),
    hint: pick(random, HINTS),
  };
}

function group(shape: Shape, rows: readonly Row[]): string {
  switch (shape) {
    case 'gfm':
      return [
        '| 错误码 | HTTP 状态 | 默认消息 | 说明 |',
        '| --- | --- | --- | --- |',
        ...rows.map((r) => `| ${r.code} | ${r.status} | ${r.en} | ${r.zh} |`),
      ].join('\n');
    case 'no-delimiter':
      return ['| code | status | message |', ...rows.map((r) => `| ${r.code} | ${r.status} | ${r.en} |`)].join('\n');
    case 'glued':
      return ['错误码HTTP 状态码说明', ...rows.map((r) => `${r.code}${r.status}${r.zh}`)].join('\n');
    case 'multi-line':
      return [
        '| 错误码 | HTTP 状态 | 错误信息 | 可尝试解决方法 |',
        '| --- | --- | --- | --- |',
        ...rows.map((r, i) => (i === rows.length - 1 ? `| ${r.code} | ${r.status} | ${r.zh} | 1. ${r.hint}\n2. ${r.en} |` : `| ${r.code} | ${r.status} | ${r.zh} | 1. ${r.hint}<br>2. ${r.en} |`)),
      ].join('\n');
  }
}

/**
 * One file of `entries` entries in groups of 5 to 40 rows, each group under its own heading.
 *
 * @param seed the PRNG seed; with `index`, it fixes the file's bytes.
 * @param index the file's number, which names it.
 */
export function synthFile(seed: number, index: number, entries: number): SynthFile {
  const random = prng(seed * 100_003 + index);
  const name = `svc-${String(index).padStart(4, '0')}.md`;
  const parts = [`# Service ${index} 错误码`, '', `本文档列出服务 ${index} 可能返回的错误码。 The codes below are returned by service ${index}.`];
  let n = 0;
  let groupIndex = 0;
  while (n < entries) {
    const size = Math.min(entries - n, 5 + Math.floor(random() * 36));
    const rows = Array.from({ length: size }, (_, i) => row(random, n + i));
    const shape = pick(random, SHAPES);
    parts.push('', `## ${groupIndex + 1}. ${pick(random, MODULES)} ${random() < 0.5 ? '错误' : 'errors'}`, '', group(shape, rows));
    n += size;
    groupIndex++;
  }
  return { name, text: `${parts.join('\n')}\n`, entries };
}

/** `entries` entries spread evenly over `files` files. */
export function synthSpecs(seed: number, entries: number, files: number): SynthFile[] {
  return Array.from({ length: files }, (_, index) => {
    const count = Math.floor(entries / files) + (index < entries % files ? 1 : 0);
    return synthFile(seed, index, count);
  });
}
