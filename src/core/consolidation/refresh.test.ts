import { describe, expect, it } from 'vitest';
import { buildConsolidation } from './draft.ts';
import { section } from './gather.ts';
import { applyEdits, refreshSections } from './refresh.ts';
import { input, report, REPORTS_2020H1 } from './testing/fixtures.ts';
import type { DraftSection, PeriodTables } from './types.ts';

const s = (key: string, html: string, generatedHtml = html, baseGeneratedHtml: string | null = null): DraftSection => ({
  ...section(key, key, 2, generatedHtml),
  html,
  baseGeneratedHtml,
  edited: html !== generatedHtml,
  stale: html !== generatedHtml && baseGeneratedHtml !== null && baseGeneratedHtml !== generatedHtml,
});

const view = (x: DraftSection) => ({ key: x.key, html: x.html, generatedHtml: x.generatedHtml, base: x.baseGeneratedHtml, edited: x.edited, stale: x.stale });

describe('refreshing sections', () => {
  it.each([
    ['an unedited section takes the new text', [s('a', '<p>cũ</p>')], [s('a', '<p>mới</p>')], [{ key: 'a', html: '<p>mới</p>', generatedHtml: '<p>mới</p>', base: null, edited: false, stale: false }]],
    [
      'an edited section keeps the edit and is stale when there is new material',
      [s('a', '<p>sửa</p>', '<p>cũ</p>')],
      [s('a', '<p>mới</p>')],
      [{ key: 'a', html: '<p>sửa</p>', generatedHtml: '<p>mới</p>', base: '<p>cũ</p>', edited: true, stale: true }],
    ],
    [
      'an edited section with nothing new is not stale',
      [s('a', '<p>sửa</p>', '<p>cũ</p>')],
      [s('a', '<p>cũ</p>')],
      [{ key: 'a', html: '<p>sửa</p>', generatedHtml: '<p>cũ</p>', base: '<p>cũ</p>', edited: true, stale: false }],
    ],
    [
      'a stale section stays stale on the next refresh: its base is what the edit was made against',
      [s('a', '<p>sửa</p>', '<p>mới</p>', '<p>cũ</p>')],
      [s('a', '<p>mới</p>')],
      [{ key: 'a', html: '<p>sửa</p>', generatedHtml: '<p>mới</p>', base: '<p>cũ</p>', edited: true, stale: true }],
    ],
    [
      'an edit that happens to equal the new text is no longer an edit',
      [s('a', '<p>mới</p>', '<p>cũ</p>')],
      [s('a', '<p>mới</p>')],
      [{ key: 'a', html: '<p>mới</p>', generatedHtml: '<p>mới</p>', base: null, edited: false, stale: false }],
    ],
    [
      'an edited section the new draft no longer has is kept in its place, with nothing generated behind it',
      [s('a', '<p>a</p>'), s('b', '<p>sửa</p>', '<p>b</p>'), s('c', '<p>c</p>')],
      [s('a', '<p>a</p>'), s('c', '<p>c2</p>')],
      [
        { key: 'a', html: '<p>a</p>', generatedHtml: '<p>a</p>', base: null, edited: false, stale: false },
        { key: 'b', html: '<p>sửa</p>', generatedHtml: '', base: '<p>b</p>', edited: true, stale: true },
        { key: 'c', html: '<p>c2</p>', generatedHtml: '<p>c2</p>', base: null, edited: false, stale: false },
      ],
    ],
    ['an unedited section the new draft no longer has goes', [s('a', '<p>a</p>'), s('b', '<p>b</p>')], [s('a', '<p>a</p>')], [{ key: 'a', html: '<p>a</p>', generatedHtml: '<p>a</p>', base: null, edited: false, stale: false }]],
  ])('%s', (_name, current, fresh, expected) => {
    expect(refreshSections(current, fresh).map(view)).toEqual(expected);
  });
});

describe('saving edits', () => {
  it.each([
    ['an edit is based on the current generated text', s('a', '<p>g</p>'), '<p>sửa</p>', { html: '<p>sửa</p>', base: '<p>g</p>', edited: true, stale: false }],
    ['saving a stale section means it was reviewed: not stale', s('a', '<p>sửa</p>', '<p>mới</p>', '<p>cũ</p>'), '<p>sửa 2</p>', { html: '<p>sửa 2</p>', base: '<p>mới</p>', edited: true, stale: false }],
    ['saving the generated text undoes the edit', s('a', '<p>sửa</p>', '<p>g</p>'), '<p>g</p>', { html: '<p>g</p>', base: null, edited: false, stale: false }],
  ])('%s', (_name, current, html, expected) => {
    const { sections, unknown } = applyEdits([current], [{ key: 'a', html }]);
    expect(unknown).toEqual([]);
    const [out] = sections;
    expect(out && { html: out.html, base: out.baseGeneratedHtml, edited: out.edited, stale: out.stale }).toEqual(expected);
  });

  it('reports unknown keys and applies the rest', () => {
    const { sections, unknown } = applyEdits([s('a', '<p>a</p>')], [{ key: 'khong-co', html: '<p>x</p>' }]);
    expect(unknown).toEqual(['khong-co']);
    expect(sections[0]?.html).toBe('<p>a</p>');
  });
});

describe('a late report arrives after the coordinator edited the draft', () => {
  const first = buildConsolidation(input(), 'period');
  const edited = applyEdits(first.sections, [{ key: 'area:a1', html: '<p>Các huyện ủy đã ban hành kế hoạch (bản biên tập).</p>' }]).sections;
  const late = report('Ủy ban MTTQ Việt Nam tỉnh', 20, 'submitted', '2020-06-24', {
    narratives: { 'area:a1': 'Mặt trận đã hướng dẫn các đoàn thể.', 'area:a2': 'Tuyên truyền trên cổng thông tin.' },
    indicators: { so_hoi_nghi: 4, ty_le_dang_vien: 70 },
  });
  const reports = REPORTS_2020H1.map((r) => (r.unitName === late.unitName ? late : r));
  const second = buildConsolidation(input(reports), 'period');
  const merged = refreshSections(edited, second.sections);
  const get = (key: string) => merged.find((x) => x.key === key);

  it('keeps the edited section and flags it: new material is available', () => {
    expect(get('area:a1')).toMatchObject({ html: '<p>Các huyện ủy đã ban hành kế hoạch (bản biên tập).</p>', edited: true, stale: true });
    expect(get('area:a1')?.generatedHtml).toContain('<strong>Ủy ban MTTQ Việt Nam tỉnh:</strong> Mặt trận đã hướng dẫn các đoàn thể.');
    expect(get('area:a1')?.baseGeneratedHtml).toBe(first.sections.find((x) => x.key === 'area:a1')?.generatedHtml);
  });

  it('adds the late unit’s passage to the sections nobody edited', () => {
    expect(get('area:a2')?.html).toBe(
      '<p><strong>Huyện ủy Mường Ảng:</strong> Giáo dục lý tưởng cho &lt;học sinh&gt; &amp; sinh viên.</p><p><strong>Ủy ban MTTQ Việt Nam tỉnh:</strong> Tuyên truyền trên cổng thông tin.</p>',
    );
    expect(get('area:a2')).toMatchObject({ edited: false, stale: false });
  });

  it('regenerates the tables: the late unit is counted, listed late, no longer missing', () => {
    const t = second.tables as PeriodTables;
    expect(t.late.map((l) => [l.unitName, l.daysLate])).toEqual([
      ['Huyện ủy Mường Ảng', 4],
      ['Ủy ban MTTQ Việt Nam tỉnh', 8],
    ]);
    expect(t.missing.map((m) => m.unitName)).toEqual(['Huyện ủy Tủa Chùa', 'Huyện ủy Điện Biên Đông']);
    expect(t.indicators.find((x) => x.code === 'so_hoi_nghi')?.value).toBe(9);
    expect(t.indicators.find((x) => x.code === 'ty_le_dang_vien')?.value).toBe(81.8); // (90 + 85.5 + 70) / 3
  });
});
