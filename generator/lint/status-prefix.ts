/**
 * Rule `status-prefix-mismatch`: an HTTP status that contradicts what the code's own prefix
 * means, where the document defines that meaning:
 *
 * - codes stated as `{HTTP status}+{number}` (`4031001` is a 403): the status column must agree;
 * - letter prefixes stated with a meaning (`A`: 用户（客户端）错误, `B`: 系统执行出错): a client
 *   letter goes with a 4xx, a server or third-party letter with a 5xx.
 */

import type { Block } from '../parse/index.js';
import type { Convention } from './convention.js';
import type { Finding, Rule } from './finding.js';

const CLIENT = /客户端|用户|调用方|client|user|caller|request|请求/i;
const SERVER = /系统|服务端|服务器|内部|第三方|外部|依赖|server|system|internal|third[- ]party|upstream|external|dependency/i;

export const statusPrefix: Rule = ({ candidates, conventions, blocks }) => {
  const findings: Finding[] = [];
  const prefixed = conventions.find((convention) => convention.statusPrefix);
  const lettered = conventions.find((convention) => convention.letters.length > 0);
  const meanings = lettered === undefined ? new Map<string, Meaning>() : letterMeanings(blocks, lettered.letters);
  for (const row of candidates) {
    if (row.httpStatus === null || row.httpStatusSource !== 'column' || row.success) continue;
    const status = /^([1-5]\d\d)\d+$/.exec(row.code);
    if (prefixed !== undefined && status !== null && Number(status[1]) !== row.httpStatus) {
      findings.push({
        rule: 'status-prefix-mismatch',
        message: `Unexpected HTTP status ${row.httpStatus} for code \`${row.code}\`, expected ${status[1]}: codes are ${prefixed.description} as stated at line ${prefixed.at.line}; fix the status or the code`,
        at: row.statusAt,
      });
    }
    const meaning = meanings.get(row.code[0] ?? '');
    if (meaning !== undefined && Math.floor(row.httpStatus / 100) !== meaning.family) {
      findings.push({
        rule: 'status-prefix-mismatch',
        message: `Unexpected HTTP status ${row.httpStatus} for code \`${row.code}\`, expected a ${meaning.family}xx: \`${row.code[0]}\` codes are "${meaning.text}" as stated at line ${meaning.line}; fix the status or the code's letter`,
        at: row.statusAt,
      });
    }
  }
  return findings;
};

interface Meaning {
  /** 4 for client errors, 5 for server errors. */
  readonly family: 4 | 5;
  readonly text: string;
  readonly line: number;
}

/** `- A：用户（客户端）错误` lines: what each stated letter means, where the meaning is unambiguous. */
function letterMeanings(blocks: readonly Block[], letters: readonly string[]): Map<string, Meaning> {
  const meanings = new Map<string, Meaning>();
  for (const block of blocks) {
    if (block.type !== 'text' && block.type !== 'label') continue;
    block.text.split('\n').forEach((line, index) => {
      const match = /^\s*(?:[-*+•]\s*)?([A-Z])\s*[:：]\s*(.+)$/.exec(line);
      if (match === null || !letters.includes(match[1]!) || meanings.has(match[1]!)) return;
      const text = match[2]!.trim();
      const client = CLIENT.test(text);
      const server = SERVER.test(text);
      if (client === server) return;
      meanings.set(match[1]!, { family: client ? 4 : 5, text, line: block.line + index });
    });
  }
  return meanings;
}
