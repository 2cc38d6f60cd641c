import { describe, expect, it } from 'vitest';
import { htmlToText, markedPassage, parseSectionHtml, textToHtml, type Block } from './html.ts';

/** A compact view of blocks: style, list mark and runs with their marks. */
function view(blocks: Block[]): unknown[] {
  return blocks.map((b) =>
    b.kind === 'table'
      ? { table: b.rows.map((r) => [r.header ? 'th' : 'td', ...r.cells.map((c) => c.map((p) => p.runs.map((x) => x.text).join('')).join('/'))]) }
      : [
          b.style,
          b.list ? `${b.list.ordered ? 'ol' : 'ul'}${b.list.depth}:${b.list.index}` : '',
          b.runs.map((r) => (r.break ? '⏎' : `${r.bold ? 'B' : ''}${r.italic ? 'I' : ''}${r.underline ? 'U' : ''}${r.bold || r.italic || r.underline ? ':' : ''}${r.text}`)),
        ],
  );
}

describe('section HTML to blocks', () => {
  it.each([
    ['a paragraph with marks', '<p><strong>Huyện ủy Tuần Giáo:</strong> đã <em>quán triệt</em> <u>đầy đủ</u>.</p>', [['body', '', ['B:Huyện ủy Tuần Giáo:', ' đã ', 'I:quán triệt', ' ', 'U:đầy đủ', '.']]]],
    ['entities and spaces', '<p>  A &amp; B &lt;C&gt;&nbsp;D\n E  </p>', [['body', '', ['A & B <C>\u00a0D E']]]],
    ['a line break', '<p>dòng 1<br>dòng 2</p>', [['body', '', ['dòng 1', '⏎', 'dòng 2']]]],
    ['headings', '<h3>Mục</h3><h4>Tiểu mục</h4>', [['h3', '', ['Mục']], ['h4', '', ['Tiểu mục']]]],
    ['a quotation', '<blockquote><p>Trích</p></blockquote>', [['quote', '', ['Trích']]]],
    [
      'lists, nested',
      '<ul><li>một</li><li>hai<ol><li>a</li><li>b</li></ol></li></ul>',
      [['body', 'ul0:1', ['một']], ['body', 'ul0:2', ['hai']], ['body', 'ol1:1', ['a']], ['body', 'ol1:2', ['b']]],
    ],
    ['text outside a paragraph', 'trần <strong>đậm</strong>', [['body', '', ['trần ', 'B:đậm']]]],
    ['unclosed and stray tags', '<p><strong>đậm</p><p>thường</em></p>', [['body', '', ['B:đậm']], ['body', '', ['thường']]]],
    ['scripts and unknown tags', '<p>a<script>alert(1)</script><span>b</span></p><style>p{}</style>', [['body', '', ['ab']]]],
    ['an empty list item keeps its place', '<ol><li></li><li>x</li></ol>', [['body', 'ol0:1', []], ['body', 'ol0:2', ['x']]]],
    [
      'a table with a header row',
      '<table><thead><tr><th>Đơn vị</th><th>Số</th></tr></thead><tbody><tr><td>Tuần Giáo</td><td><p>2</p><p>hội nghị</p></td></tr></tbody></table>',
      [{ table: [['th', 'Đơn vị', 'Số'], ['td', 'Tuần Giáo', '2/hội nghị']] }],
    ],
    ['nothing', '', []],
  ])('%s', (_name, html, expected) => {
    expect(view(parseSectionHtml(html))).toEqual(expected);
  });
});

describe('plain text and passages', () => {
  it.each([
    ['paragraphs and lists', '<p>Mở</p><ul><li>một</li></ul><ol><li>hai</li></ol>', 'Mở\n- một\n1. hai'],
    ['a table', '<table><tr><td>a</td><td>b</td></tr></table>', 'a | b'],
  ])('htmlToText: %s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('turns a narrative into escaped paragraphs, blank lines dropped', () => {
    expect(textToHtml('Dòng <1>\n\n  Dòng 2  ')).toBe('<p>Dòng &lt;1&gt;</p><p>Dòng 2</p>');
  });

  it('marks a passage with its unit', () => {
    expect(markedPassage('Huyện ủy Tuần Giáo', 'Một.\nHai.')).toBe('<p><strong>Huyện ủy Tuần Giáo:</strong> Một.</p><p>Hai.</p>');
    expect(markedPassage('X', '  \n ')).toBe('');
  });
});
