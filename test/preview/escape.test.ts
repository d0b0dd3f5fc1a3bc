/**
 * Spec text to HTML: nothing in it can become markup, and hidden characters are shown.
 */

import { describe, expect, it } from 'vitest';
import { escapeHtml, visibleHtml } from '../../generator/preview/index.js';

describe('escapeHtml', () => {
  it.each([
    ['</script><script>alert(1)</script>', '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    ["' onmouseover='alert(1)", '&#39; onmouseover=&#39;alert(1)'],
    ['&amp; &lt;', '&amp;amp; &amp;lt;'],
    ['[x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['plain 错误码 ${x} `y`', 'plain 错误码 ${x} `y`'],
  ])('%s', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });
});

describe('visibleHtml', () => {
  it.each([
    ['<b>"x"</b>', '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'],
    ['abc\u202edef', 'abc<span class="cc">U+202E</span>def'],
    ['a\u200bb\u2028c', 'a<span class="cc">U+200B</span>b<span class="cc">U+2028</span>c'],
    ['one\ntwo\tthree', 'one\ntwo\tthree'],
    ['\u0001<', '<span class="cc">U+0001</span>&lt;'],
    ['\ud800x', '<span class="cc">U+D800</span>x'],
    ['😀 ok', '😀 ok'],
  ])('%j', (text, html) => {
    expect(visibleHtml(text)).toBe(html);
  });

  it('leaves no raw < > " \' or & that did not come from its own markup', () => {
    const hostile = '<>"\'&\u202e'.repeat(3);
    const html = visibleHtml(hostile).replaceAll('<span class="cc">', '').replaceAll('</span>', '');
    expect(html).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/);
  });
});
