import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from './index.ts';

const T = '\t';
const PARTY = 'ĐẢNG CỘNG SẢN VIỆT NAM';
const STATE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** A header followed by a minimal body, so that only the header varies. */
function doc(header: string, title = 'KẾ HOẠCH\nthực hiện Kết luận số 51-KL/TW\n-----'): string {
  return `${header}\n\n${title}\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n`;
}

describe('number and symbol', () => {
  it.each([
    ['Party style', `TỈNH ỦY ĐIỆN BIÊN\n*\nSố 82-KH/TU`, '82-KH/TU'],
    ['state style with colon', `UBND TỈNH ĐIỆN BIÊN\nSố: 5257/KH-UBND`, '5257/KH-UBND'],
    ['a year inside', `UBND TỈNH ĐIỆN BIÊN\nSố: 55/2007/CT-UBND`, '55/2007/CT-UBND'],
    ['stray spaces', `BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nSố 367 - QĐ/TWĐTN-VP`, '367-QĐ/TWĐTN-VP'],
    ['no space after the colon', `UBND TỈNH ĐIỆN BIÊN\nSố:82/KH-UBND`, '82/KH-UBND'],
    ['lower-case tail letters', `THỦ TƯỚNG CHÍNH PHỦ\nSố: 42/2014/QĐ-TTg`, '42/2014/QĐ-TTg'],
    ['digits in the issuer part', `ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 1661/NQ-UBTVQH15`, '1661/NQ-UBTVQH15'],
    ['lower case inside a part', `SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1234/SGDĐT-GDTrH`, '1234/SGDĐT-GDTrH'],
    ['capitalised SỐ', `TỈNH ỦY ĐIỆN BIÊN\nSỐ 05-CT/TU`, '05-CT/TU'],
    ['hyphen from a PDF (U+2010)', `TỈNH ỦY ĐIỆN BIÊN\nSố 15\u2010CTr/TU`, '15-CTr/TU'],
    ['with the date after table bars', `UBND TỈNH X\nSố: 12/KH-UBND | Hà Nội, ngày 5 tháng 3 năm 2021`, '12/KH-UBND'],
    ['with the date after a tab', `UBND TỈNH X\nSố: 12/KH-UBND${T}Hà Nội, ngày 05 tháng 3 năm 2021`, '12/KH-UBND'],
    ['with the date on the same line', `UBND TỈNH X\nSố: 12/KH-UBND Hà Nội, ngày 05 tháng 3 năm 2021`, '12/KH-UBND'],
    ['"Số:" and the symbol on two lines', `UBND TỈNH CAO BẰNG\n|\nSố:\n772/KH-UBND\n|`, '772/KH-UBND'],
    ['OCR "TƯ" for "TW"', `TỈNH ỦY THỪA THIÊN HUẾ\n*\nSố 445-KL/TƯ`, '445-KL/TƯ'],
    ['"Số" lost by OCR', `TỈNH ỦY ĐIỆN BIÊN\n*\n82-KH/TU${T}Điện Biên, ngày 27 tháng 8 năm 2019`, '82-KH/TU'],
    ['space before the colon and the slash', `SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố : 2917 /SGDĐT-VP`, '2917/SGDĐT-VP'],
  ])('%s', (_name, header, number) => {
    expect(parsePlanDocument(doc(header)).number).toBe(number);
  });

  it('a number left blank to be filled in by hand is null, with NO_NUMBER', () => {
    const plan = parsePlanDocument(doc(`UBND TỈNH ĐIỆN BIÊN\nSố:       /KH-UBND${T}Điện Biên, ngày    tháng    năm 2021`));
    expect(plan.number).toBeNull();
    expect(plan.issues.map((i) => i.code)).toContain('NO_NUMBER');
  });

  it('a capitalised title\'s "NGHỊ QUYẾT SỐ …" is not the number', () => {
    const plan = parsePlanDocument(doc('UBND TỈNH X\nSố:\n12/KH-UBND', 'KẾ HOẠCH\nTRIỂN KHAI NGHỊ QUYẾT SỐ 35/NQ-CP CỦA CHÍNH PHỦ\nThực hiện Nghị quyết, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:'));
    expect(plan.number).toBe('12/KH-UBND');
    expect(plan.cites.map((c) => c.symbol)).toEqual(['35/NQ-CP']);
  });

  it('the document number is never a citation', () => {
    const plan = parsePlanDocument(doc(`TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU`, 'KẾ HOẠCH\nthực hiện Kế hoạch số 82-KH/TU\n-----'));
    expect(plan.cites.map((c) => c.symbol)).not.toContain('82-KH/TU');
  });
});

describe('issuer and superior body', () => {
  it.each([
    ['Party header flattened with tabs', `${T}TỈNH ỦY ĐIỆN BIÊN\n\n*\n\nSố 82-KH/TU\n${T}${PARTY}`, 'TỈNH ỦY ĐIỆN BIÊN', null],
    ['Party header interleaved', `TỈNH ỦY ĐIỆN BIÊN\n${PARTY}\n*\nSố 82-KH/TU`, 'TỈNH ỦY ĐIỆN BIÊN', null],
    ['Party header on one line', `TỈNH ỦY ĐIỆN BIÊN ${PARTY}\n*\nSố 82-KH/TU`, 'TỈNH ỦY ĐIỆN BIÊN', null],
    ['state header in tab columns', `ỦY BAN NHÂN DÂN${T}${STATE}\nTỈNH ĐIỆN BIÊN${T}${MOTTO}\nSố: 5257/KH-UBND`, 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', null],
    ['state header on one line each', `ỦY BAN NHÂN DÂN ${STATE}\nTỈNH ĐIỆN BIÊN ${MOTTO}\nSố: 5257/KH-UBND`, 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN', null],
    ['state header with bars', `| HỘI ĐỒNG NHÂN DÂN | ${STATE} |\n| HUYỆN TUẦN GIÁO | ${MOTTO} |\n| Số: 12/NQ-HĐND | |`, 'HỘI ĐỒNG NHÂN DÂN HUYỆN TUẦN GIÁO', null],
    ['two-line Party issuer', `ĐẢNG BỘ TỈNH ĐIỆN BIÊN${T}${PARTY}\nHUYỆN ỦY TUẦN GIÁO\n*\nSố 45-KH/HU`, 'HUYỆN ỦY TUẦN GIÁO', 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN'],
    ['two-line state issuer', `UBND TỈNH ĐIỆN BIÊN${T}${STATE}\nSỞ GIÁO DỤC VÀ ĐÀO TẠO${T}${MOTTO}\nSố: 1234/SGDĐT-VP`, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'UBND TỈNH ĐIỆN BIÊN'],
    ['a wrapped lower body', `UBND TỈNH ĐIỆN BIÊN\nSỞ GIÁO DỤC VÀ\nĐÀO TẠO\n_______\nSố: 1234/SGDĐT-VP`, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'UBND TỈNH ĐIỆN BIÊN'],
    ['a Party committee department', `TỈNH ỦY ĐIỆN BIÊN\nBAN TUYÊN GIÁO\n*\nSố 120-HD/BTGTU`, 'BAN TUYÊN GIÁO', 'TỈNH ỦY ĐIỆN BIÊN'],
    ['ornaments ignored', `---\nTỈNH ỦY ĐIỆN BIÊN\n***\n_______\nSố 82-KH/TU`, 'TỈNH ỦY ĐIỆN BIÊN', null],
    ['a name broken inside (web copy)', `ỦY\nBAN NHÂN DÂN\nTỈNH CAO BẰNG\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 772/KH-UBND`, 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG', null],
    ['the motto broken after "XÃ HỘI"', `ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nSố: 315/KH-UBND`, 'ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ', null],
    ['a page number before the name', `1. UBND TỈNH NINH THUẬN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2917/SGDĐT-VP`, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'UBND TỈNH NINH THUẬN'],
  ])('%s', (_name, header, issuer, superior) => {
    const plan = parsePlanDocument(doc(header));
    expect(plan.issuer).toBe(issuer);
    expect(plan.superiorIssuer).toBe(superior);
  });

  it('menus of a web page are not the issuer', () => {
    const plan = parsePlanDocument(doc(`TRANG CHỦ\nGIỚI THIỆU\nTIN TỨC\nUBND TỈNH ĐIỆN BIÊN\nSố: 12/KH-UBND`));
    expect(plan.issuer).toBe('UBND TỈNH ĐIỆN BIÊN');
    expect(plan.superiorIssuer).toBeNull();
  });
});

describe('place and date', () => {
  it.each([
    ['Party date', `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27 tháng 8 năm 2019`, 'Điện Biên', '2019-08-27'],
    ['leading zero', `UBND TP\nSố: 12/KH-UBND${T}Hà Nội, ngày 05 tháng 3 năm 2021`, 'Hà Nội', '2021-03-05'],
    ['place on its own line', `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên,\nngày 27 tháng 8 năm 2019`, 'Điện Biên', '2019-08-27'],
    ['year on its own line', `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27 tháng 8\nnăm 2019`, 'Điện Biên', '2019-08-27'],
    ['a city with "TP."', `UBND TP\nSố: 1/KH-UBND\nTP. Hồ Chí Minh, ngày 1 tháng 6 năm 2020`, 'TP. Hồ Chí Minh', '2020-06-01'],
    ['OCR "nãm" and eth', `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nÐiện Biên, ngày 27 tháng 8 nãm 2019`, 'Điện Biên', '2019-08-27'],
    ['numeric form', `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27/8/2019`, 'Điện Biên', '2019-08-27'],
    ['a place broken over two lines', `UBND TỈNH CAO BẰNG\nSố: 772/KH-UBND\n|\nCao\nBằng, ngày 30 tháng 3 năm 2020\n|`, 'Cao Bằng', '2020-03-30'],
    ['a date broken after the day', `UBND TỈNH KON TUM\nSố: 06/2024/QĐ-UBND\nKon Tum, ngày 25\ntháng 01 năm 2024`, 'Kon Tum', '2024-01-25'],
    ['no space in "tháng11"', `SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2917/SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng11 năm 2010`, 'Phan Rang-Tháp Chàm', '2010-11-05'],
    ['a page time stamp before the header', `Ngày 06/04/2021 23:23:18\nUỶ BAN NHÂN DÂN\nXÃ DÂN LỰC\nSố:      /KH-UBND\nDân Lực, ngày 18 tháng 02 năm 2021`, 'Dân Lực', '2021-02-18'],
  ])('%s', (_name, header, place, date) => {
    const plan = parsePlanDocument(doc(header));
    expect(plan.place).toBe(place);
    expect(plan.date).toBe(date);
  });

  it.each([
    ['spaces', 'Điện Biên, ngày      tháng      năm 2010'],
    ['dots', 'Điện Biên, ngày ..... tháng ..... năm 2010'],
    ['ellipses', 'Điện Biên, ngày … tháng … năm 2010'],
  ])('a blank date (%s) gives null and BLANK_DATE', (_name, line) => {
    const plan = parsePlanDocument(doc(`TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\n${line}`));
    expect(plan.place).toBe('Điện Biên');
    expect(plan.date).toBeNull();
    expect(plan.issues.map((i) => i.code)).toContain('BLANK_DATE');
  });

  it('a date that is no real day gives null and INVALID_DATE', () => {
    const plan = parsePlanDocument(doc(`TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 31 tháng 2 năm 2019`));
    expect(plan.date).toBeNull();
    expect(plan.issues.map((i) => i.code)).toContain('INVALID_DATE');
  });

  it('web-page dates are not the document date', () => {
    const header = [
      'Trang chủ > Văn bản > Kế hoạch',
      'Ngày đăng: 12/03/2021 | Lượt xem: 20',
      'Cập nhật lúc 08:15, ngày 12/03/2021',
      'UBND THÀNH PHỐ HÀ NỘI',
      `Số: 12/KH-UBND${T}Hà Nội, ngày 5 tháng 3 năm 2021`,
    ].join('\n');
    expect(parsePlanDocument(doc(header)).date).toBe('2021-03-05');
  });

  it('a date in running text is not the document date', () => {
    const text = `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\n\nKẾ HOẠCH\nvề hội nghị\n-----\nNgày 17 tháng 10 năm 2019 Hội nghị Tỉnh ủy đã thống nhất.\n`;
    const plan = parsePlanDocument(text);
    expect(plan.date).toBeNull();
    expect(plan.issues.map((i) => i.code)).toContain('NO_DATE');
  });
});

describe('genre and title', () => {
  const header = `TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27 tháng 8 năm 2019`;
  it.each([
    ['title up to the separator', 'KẾ HOẠCH\nthực hiện Kết luận số 51-KL/TW\ncủa Ban Bí thư\n-----', 'Kế hoạch', 'thực hiện Kết luận số 51-KL/TW của Ban Bí thư'],
    ['a blank line inside the title', 'KẾ HOẠCH\nthực hiện Kết luận số 51-KL/TW, ngày 30/5/2019\n\ncủa Ban Bí thư về giáo dục\n-----', 'Kế hoạch', 'thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư về giáo dục'],
    ['underscores and stars as separators', 'KẾ HOẠCH\nvề công tác tuyên truyền\n____', 'Kế hoạch', 'về công tác tuyên truyền'],
    ['stars', 'KẾ HOẠCH\nvề công tác tuyên truyền\n***', 'Kế hoạch', 'về công tác tuyên truyền'],
    ['letter-spaced genre', 'K Ế H O Ạ C H\nvề công tác tuyên truyền\n-----', 'Kế hoạch', 'về công tác tuyên truyền'],
    ['genre and title on one line', 'KẾ HOẠCH thực hiện Chỉ thị số 05-CT/TW\n-----', 'Kế hoạch', 'thực hiện Chỉ thị số 05-CT/TW'],
    ['chương trình hành động', 'CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n-----', 'Chương trình', 'thực hiện Nghị quyết Đại hội'],
    ['chỉ thị', 'CHỈ THỊ\nvề tăng cường công tác phòng, chống thiên tai\n-----', 'Chỉ thị', 'về tăng cường công tác phòng, chống thiên tai'],
    ['a genre glued to the title', 'QUYẾT ĐỊNHVề việc ban hành Kế hoạch năm 2021\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'Quyết định', 'Về việc ban hành Kế hoạch năm 2021'],
    [
      'decision title, then authority and "Căn cứ" lines',
      'QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch thực hiện\nChương trình chuyển đổi số năm 2021\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
      'Quyết định',
      'Về việc ban hành Kế hoạch thực hiện Chương trình chuyển đổi số năm 2021',
    ],
    [
      'no separator: the body starts with "Thực hiện"',
      'KẾ HOẠCH\nTriển khai Tháng hành động vì an toàn thực phẩm\nThực hiện Chỉ thị số 13/CT-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
      'Kế hoạch',
      'Triển khai Tháng hành động vì an toàn thực phẩm',
    ],
    ['a title in capitals', 'KẾ HOẠCH\nTRIỂN KHAI THÁNG HÀNH ĐỘNG\nVÌ AN TOÀN THỰC PHẨM NĂM 2021\n-----', 'Kế hoạch', 'TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2021'],
    [
      'a capitalised title, then the body without a rule',
      'KẾ HOẠCH\nTRIỂN KHAI THÁNG HÀNH ĐỘNG\nVÌ AN TOÀN THỰC PHẨM NĂM 2021\nĐể bảo đảm an toàn thực phẩm, Ủy ban nhân dân tỉnh ban hành Kế hoạch.',
      'Kế hoạch',
      'TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2021',
    ],
    [
      'OCR-broken genre, a title with a body name in it, then the body',
      'K ÉT LUẬN\nHỘI NGHỊ LẦN THỨ BẢY\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI)\nvề xây dựng kết cấu hạ tầng đến năm 2025,\nđịnh hướng đến năm 2030\nHội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh họp ngày 26/4/2022 và kết luận:',
      'Kết luận',
      'HỘI NGHỊ LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI) về xây dựng kết cấu hạ tầng đến năm 2025, định hướng đến năm 2030',
    ],
    ['a title starting with a genre word', 'THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\nvề công tác cán bộ\n-----', 'Thông báo', 'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY về công tác cán bộ'],
    [
      'a capitalised decision title, authority, "Căn cứ"',
      'QUYẾT ĐỊNH\nQUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ\nTRÊN ĐỊA BÀN TỈNH KON TUM\nỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật Tổ chức chính quyền địa phương;',
      'Quyết định',
      'QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ TRÊN ĐỊA BÀN TỈNH KON TUM',
    ],
  ])('%s', (_name, titleBlock, type, title) => {
    const plan = parsePlanDocument(doc(header, titleBlock));
    expect(plan.type).toBe(type);
    expect(plan.title).toBe(title);
  });

  it('a công văn: type Công văn, title is the V/v text without "V/v"', () => {
    const text = [
      `UBND TỈNH ĐIỆN BIÊN${T}${STATE}`,
      `SỞ Y TẾ${T}${MOTTO}`,
      `Số: 845/SYT-NVY${T}Điện Biên, ngày 12 tháng 4 năm 2021`,
      'V/v tăng cường phòng, chống dịch',
      'COVID-19 trong dịp nghỉ lễ',
      '',
      'Kính gửi: Các đơn vị trực thuộc.',
      '',
      'Sở Y tế đề nghị các đơn vị báo cáo kết quả về Sở trước ngày 05/5/2021.',
    ].join('\n');
    const plan = parsePlanDocument(text);
    expect(plan.type).toBe('Công văn');
    expect(plan.title).toBe('tăng cường phòng, chống dịch COVID-19 trong dịp nghỉ lễ');
    expect(plan.date).toBe('2021-04-12');
  });

  it('without a genre heading, the type comes from the symbol', () => {
    const plan = parsePlanDocument(`TỈNH ỦY ĐIỆN BIÊN\nSố 82-KH/TU\nĐiện Biên, ngày 27 tháng 8 năm 2019\nI. MỤC ĐÍCH\nNội dung.\n`);
    expect(plan.type).toBe('Kế hoạch');
    expect(plan.issues.map((i) => i.code)).toContain('NO_TITLE');
  });
});
