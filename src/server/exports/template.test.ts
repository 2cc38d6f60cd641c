import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkTemplateBytes, evaluateCommand, fillTemplate, MAX_TEMPLATE_BYTES } from './template.ts';

const scope: Record<string, unknown> = {
  title: 'Báo cáo',
  sections: [{ heading: 'I- KẾT QUẢ', text: 'Nội dung' }],
  empty: [],
  signer: { lines: ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'] },
  $s: { heading: 'II- KHÓ KHĂN' },
};

describe('template commands are data paths, never code', () => {
  it.each([
    ['title', 'Báo cáo'],
    [' sections[0].heading ', 'I- KẾT QUẢ'],
    ['signer.lines[1]', 'PHÓ TRƯỞNG BAN'],
    ['$s.heading', 'II- KHÓ KHĂN'],
    ['sections.length', 1],
    ['title.length', 7],
    ['!empty.length', true],
    ['khong.co.gi', undefined],
    ['title;', 'Báo cáo'],
  ])('%s → %o', (code, value) => {
    expect(evaluateCommand(code, scope)).toEqual(value);
  });

  it.each([
    ["this.constructor.constructor('return process')()"],
    ['title.constructor'],
    ['sections.__proto__'],
    ['title.toUpperCase()'],
    ['x = 1'],
    ['sections["0"]'],
    ['`${title}`'],
    ['process.env'],
    ['require("fs")'],
  ])('refuses %s', (code) => {
    expect(() => {
      const out = evaluateCommand(code, scope);
      // A path that names nothing in the data is allowed but yields nothing.
      if (out === undefined) throw new Error('không có dữ liệu');
    }).toThrow();
  });

  it('does not reach inherited properties', () => {
    expect(evaluateCommand('sections.map', scope)).toBeUndefined();
    expect(evaluateCommand('title.hasOwnProperty', { title: {} })).toBeUndefined();
  });
});

const docx = async (...lines: string[]) => new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] })));
const textOf = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;

describe('filling a template', () => {
  it('fills placeholders, loops and conditions', async () => {
    const template = await docx('{{title}} — {{signer.lines[0]}}', '{{FOR s IN sections}}', '{{$s.heading}}: {{$s.text}}', '{{END-FOR s}}', '{{IF !empty.length}}Không có đơn vị chậm{{END-IF}}');
    const text = await textOf(await fillTemplate(template, scope));
    expect(text).toContain('Báo cáo — K/T TRƯỞNG BAN');
    expect(text).toContain('I- KẾT QUẢ: Nội dung');
    expect(text).toContain('Không có đơn vị chậm');
  });

  it('inserts data as text: a narrative cannot inject Word XML', async () => {
    const template = await docx('{{title}}');
    const out = await fillTemplate(template, { title: '||<w:p><w:r><w:t>XML</w:t></w:r></w:p>||' });
    expect(await textOf(out)).toContain('||<w:p><w:r><w:t>XML</w:t></w:r></w:p>||');
  });

  it.each([
    ['code in a command', "{{this.constructor.constructor('return process')()}}"],
    ['an assignment', '{{EXEC x = 1}}'],
    ['a method call', '{{title.toUpperCase()}}'],
  ])('refuses %s with DOCX_TEMPLATE_INVALID', async (_name, line) => {
    await expect(fillTemplate(await docx(line), scope)).rejects.toMatchObject({ code: 'DOCX_TEMPLATE_INVALID' });
  });

  it('refuses what is not a Word document, or too large', async () => {
    expect(() => checkTemplateBytes(new TextEncoder().encode('không phải docx'))).toThrow(expect.objectContaining({ code: 'DOCX_TEMPLATE_INVALID' }));
    expect(() => checkTemplateBytes(new Uint8Array(MAX_TEMPLATE_BYTES + 1))).toThrow(expect.objectContaining({ code: 'FILE_TOO_LARGE' }));
  });
});
