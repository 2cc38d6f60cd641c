import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from './index.ts';

const T = '\t';
const HEADER = 'TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27 tháng 8 năm 2019\n\nKẾ HOẠCH\nvề giáo dục\n-----\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n';

function tailOf(tail: string) {
  const plan = parsePlanDocument(`${HEADER}${tail}\n`);
  return { recipients: plan.recipients, signer: plan.signer ?? null, sections: plan.sections };
}

describe('distribution list (Nơi nhận)', () => {
  it.each([
    [
      'trailing commas, blank lines, a tab before "Nơi nhận:"',
      `${T}Nơi nhận:\n- Ban Bí thư Trung ương, \n\n- Văn phòng Trung ương Đảng,\n- Lưu Văn phòng Tỉnh ủy, TH1.`,
      ['Ban Bí thư Trung ương', 'Văn phòng Trung ương Đảng', 'Lưu Văn phòng Tỉnh ủy, TH1'],
    ],
    [
      '"Như trên" and "Như Điều 3" kept as written, without punctuation',
      'Nơi nhận:\n- Như trên;\n- Như Điều 3;\n- Lưu: VT, KGVX.',
      ['Như trên', 'Như Điều 3', 'Lưu: VT, KGVX'],
    ],
    [
      'wrapped items joined',
      'Nơi nhận:\n- Các huyện ủy, thị ủy, thành ủy,\n  đảng ủy trực thuộc tỉnh;\n- Ủy ban nhân dân các huyện, thị xã\n  và thành phố;\n- Lưu: VT.',
      ['Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc tỉnh', 'Ủy ban nhân dân các huyện, thị xã và thành phố', 'Lưu: VT'],
    ],
    [
      '"./." at the end',
      'Nơi nhận:\n- Thường trực Tỉnh ủy (b/c);\n- Lưu: VT./.',
      ['Thường trực Tỉnh ủy (b/c)', 'Lưu: VT'],
    ],
    ['the first item on the "Nơi nhận" line', 'Nơi nhận: - Như trên;\n- Lưu: VT.', ['Như trên', 'Lưu: VT']],
    ['a list without dashes', 'Nơi nhận:\nNhư trên;\nLưu: VT.', ['Như trên', 'Lưu: VT']],
    ['bullets other than dashes', 'Nơi nhận:\n+ Như trên;\n• Lưu: VT.', ['Như trên', 'Lưu: VT']],
  ])('%s', (_name, tail, recipients) => {
    expect(tailOf(tail).recipients).toEqual(recipients);
  });

  it('NO_RECIPIENTS when there is no list', () => {
    const plan = parsePlanDocument(HEADER);
    expect(plan.recipients).toEqual([]);
    expect(plan.issues.map((i) => i.code)).toContain('NO_RECIPIENTS');
  });
});

describe('signature block', () => {
  it.each([
    [
      'Party block beside the list, flattened with tabs',
      [
        `Nơi nhận:${T}T/M BAN THƯỜNG VỤ`,
        `- Ban Tuyên giáo Trung ương,${T}K/T BÍ THƯ`,
        `- Các đồng chí Tỉnh ủy viên,${T}PHÓ BÍ THƯ`,
        `- Lưu Văn phòng Tỉnh ủy.${T}(đã ký)`,
        `${T}Lò Văn Muôn`,
      ].join('\n'),
      ['Ban Tuyên giáo Trung ương', 'Các đồng chí Tỉnh ủy viên', 'Lưu Văn phòng Tỉnh ủy'],
      { authority: 'T/M BAN THƯỜNG VỤ K/T BÍ THƯ', title: 'PHÓ BÍ THƯ', name: 'Lò Văn Muôn' },
    ],
    [
      'state block beside the list, flattened with wide spaces',
      ['Nơi nhận:          TM. ỦY BAN NHÂN DÂN', '- Như Điều 3;          KT. CHỦ TỊCH', '- Lưu: VT, KGVX.          PHÓ CHỦ TỊCH', '', '          Lê Văn Quý'].join('\n'),
      ['Như Điều 3', 'Lưu: VT, KGVX'],
      { authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Quý' },
    ],
    [
      'signature before the list',
      ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '', '(Đã ký)', '', 'Mùa A Sơn', '', 'Nơi nhận:', '- Như trên,', '- Lưu Văn phòng Tỉnh ủy.'].join('\n'),
      ['Như trên', 'Lưu Văn phòng Tỉnh ủy'],
      { authority: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Mùa A Sơn' },
    ],
    [
      'signature after the list, in table cells',
      ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', '| | TM. ỦY BAN NHÂN DÂN |', '| | CHỦ TỊCH |', '| | Vũ Thu Hà |'].join('\n'),
      ['Như trên', 'Lưu: VT'],
      { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Vũ Thu Hà' },
    ],
  ])('%s', (_name, tail, recipients, signer) => {
    const result = tailOf(tail);
    expect(result.recipients).toEqual(recipients);
    expect(result.signer).toEqual(signer);
  });

  it('the signature block ends the body', () => {
    const result = tailOf('T/M BAN THƯỜNG VỤ\nBÍ THƯ\nMùa A Sơn');
    expect(result.sections[0]?.paragraphs).toEqual(['Nâng cao nhận thức.']);
  });

  it('is null when the document is unsigned', () => {
    expect(tailOf('Nơi nhận:\n- Lưu: VT.').signer).toBeNull();
  });
});
