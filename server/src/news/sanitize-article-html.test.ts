import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitize-article-html.js';

describe('sanitizeArticleHtml', () => {
  it('keeps the article markup', () => {
    const html =
      '<h2>Title</h2><p>Text with <strong>bold</strong> and <em>stress</em>.</p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><h3>Sub</h3><blockquote>quote</blockquote>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it('removes scripts, event handlers, styles and unknown tags', () => {
    expect(sanitizeArticleHtml('<p onclick="steal()">Hi<script>steal()</script></p>')).toBe(
      '<p>Hi</p>',
    );
    expect(
      sanitizeArticleHtml('<p style="color:red">a</p><iframe src="https://x.test"></iframe>'),
    ).toBe('<p>a</p>');
    expect(sanitizeArticleHtml('<img src=x onerror=alert(1)><p>b</p>')).toBe('<p>b</p>');
  });

  it('keeps https links only', () => {
    expect(sanitizeArticleHtml('<a href="https://group.example/a">ok</a>')).toBe(
      '<a href="https://group.example/a">ok</a>',
    );
    expect(sanitizeArticleHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
    expect(sanitizeArticleHtml('<a href="http://plain.example">x</a>')).toBe('<a>x</a>');
    expect(sanitizeArticleHtml('<a href="//evil.example">x</a>')).toBe('<a>x</a>');
    expect(
      sanitizeArticleHtml('<a href="https://ok.example" target="_blank" rel="opener">x</a>'),
    ).toBe('<a href="https://ok.example">x</a>');
  });
});
