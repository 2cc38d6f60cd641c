import { describe, expect, it } from 'vitest';
import { defaultFrame, headerOf, issuedByOf, issuerAbbreviation, numberLine, placeAndDate, placeOf, planSubject, signerLines, type UnitInfo } from './frame.ts';
import { d } from './testing/fixtures.ts';

const TINH_UY: UnitInfo = { name: 'Tỉnh ủy Điện Biên', shortName: 'Tỉnh ủy', kind: 'cap-uy' };
const unit = (name: string, kind: UnitInfo['kind'], shortName: string | null = null): UnitInfo => ({ name, shortName, kind });

describe('the issuing body and the body above it (Hướng dẫn 36-HD/VPTW)', () => {
  it.each([
    ['a ban of the Tỉnh ủy', unit('Ban Tuyên giáo Tỉnh ủy', 'tham-muu'), TINH_UY, { superior: 'TỈNH ỦY ĐIỆN BIÊN', issuer: 'BAN TUYÊN GIÁO' }, 'BTGTU'],
    ['the Tỉnh ủy’s office', unit('Văn phòng Tỉnh ủy', 'tham-muu'), TINH_UY, { superior: 'TỈNH ỦY ĐIỆN BIÊN', issuer: 'VĂN PHÒNG' }, 'VPTU'],
    ['the inspection commission', unit('Ủy ban Kiểm tra Tỉnh ủy', 'tham-muu'), TINH_UY, { superior: 'TỈNH ỦY ĐIỆN BIÊN', issuer: 'ỦY BAN KIỂM TRA' }, 'UBKTTU'],
    ['a huyện ủy', unit('Huyện ủy Tuần Giáo', 'cap-uy'), TINH_UY, { superior: 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN', issuer: 'HUYỆN ỦY TUẦN GIÁO' }, 'HU'],
    ['a đảng ủy khối', unit('Đảng ủy Khối các cơ quan tỉnh', 'cap-uy'), TINH_UY, { superior: 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN', issuer: 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH' }, 'ĐU'],
    ['the Tỉnh ủy itself', TINH_UY, null, { superior: null, issuer: 'TỈNH ỦY ĐIỆN BIÊN' }, 'TU'],
    ['the standing committee issues as its committee', unit('Ban Thường vụ Tỉnh ủy', 'ban-thuong-vu'), TINH_UY, { superior: null, issuer: 'TỈNH ỦY ĐIỆN BIÊN' }, 'TU'],
  ])('%s', (_name, u, parent, header, abbreviation) => {
    expect(headerOf(u, parent)).toEqual(header);
    expect(issuerAbbreviation(u, parent)).toBe(abbreviation);
  });
});

describe('number, place and date lines', () => {
  it.each([
    ['Điện Biên', '2020-07-10', 'Điện Biên, ngày 10 tháng 7 năm 2020'],
    ['Điện Biên', '2020-02-05', 'Điện Biên, ngày 05 tháng 02 năm 2020'], // leading zeros below 10 and for months 1, 2
    ['Tuần Giáo', '2020-12-31', 'Tuần Giáo, ngày 31 tháng 12 năm 2020'],
    ['Điện Biên', null, 'Điện Biên, ngày      tháng      năm 2020'],
  ])('%s %s', (place, date, line) => {
    expect(placeAndDate(place, date ? d(date) : null, 2020)).toBe(line);
  });

  it.each([
    ['125', 'Số 125-BC/BTGTU'],
    [null, 'Số      -BC/BTGTU'],
    ['  ', 'Số      -BC/BTGTU'],
  ])('number %s', (number, line) => {
    expect(numberLine({ number, symbol: 'BC/BTGTU' })).toBe(line);
  });

  it.each([
    [unit('Huyện ủy Tuần Giáo', 'cap-uy'), 'Tuần Giáo'],
    [unit('Thị ủy Mường Lay', 'cap-uy'), 'Mường Lay'],
    [unit('Ban Tuyên giáo Tỉnh ủy', 'tham-muu'), 'Điện Biên'],
  ])('place of %o', (u, place) => {
    expect(placeOf(u, 'Điện Biên')).toBe(place);
  });
});

describe('signature block (Quy định 66-QĐ/TW)', () => {
  it.each([
    [{ prefix: 'T/M', body: 'Ban Thường vụ', title: 'Phó Bí thư', name: 'X' } as const, ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']],
    [{ prefix: 'K/T', body: 'TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'X' } as const, ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN']],
    [{ prefix: 'none', body: '', title: 'TRƯỞNG BAN', name: 'X' } as const, ['TRƯỞNG BAN']],
  ])('%o', (signer, lines) => {
    expect(signerLines(signer)).toEqual(lines);
  });
});

describe('citing the plan', () => {
  it.each([
    [TINH_UY, 'T/M BAN THƯỜNG VỤ', 'Ban Thường vụ Tỉnh ủy'],
    [TINH_UY, 'T.M BAN CHẤP HÀNH', 'Ban Chấp hành Tỉnh ủy'],
    [TINH_UY, null, 'Ban Thường vụ Tỉnh ủy'],
    [unit('Sở Giáo dục và Đào tạo', 'so-nganh'), null, 'Sở Giáo dục và Đào tạo'],
  ])('issued by %o with %s', (owner, authority, issuedBy) => {
    expect(issuedByOf(owner, authority)).toBe(issuedBy);
  });

  it.each([
    [
      'thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết',
      'thực hiện Kết luận số 51-KL/TW, ngày 30/5/2019 của Ban Bí thư',
    ],
    ['về tăng cường công tác giáo dục', 'về tăng cường công tác giáo dục'],
    ['thực hiện nhiệm vụ về giáo dục', 'thực hiện nhiệm vụ về giáo dục'],
  ])('subject of "%s"', (title, subject) => {
    expect(planSubject(title)).toBe(subject);
  });
});

describe('a new frame', () => {
  it('starts from the issuing ban, unnumbered and unsigned', () => {
    expect(defaultFrame({ issuer: unit('Ban Tuyên giáo Tỉnh ủy', 'tham-muu'), parent: TINH_UY, place: 'Điện Biên', recipients: ['Ban Thường vụ Tỉnh ủy (b/c)'] })).toEqual({
      superior: 'TỈNH ỦY ĐIỆN BIÊN',
      issuer: 'BAN TUYÊN GIÁO',
      number: null,
      symbol: 'BC/BTGTU',
      place: 'Điện Biên',
      date: null,
      signer: { prefix: 'none', body: '', title: 'TRƯỞNG BAN', name: '' },
      recipients: ['Ban Thường vụ Tỉnh ủy (b/c)'],
      archive: 'Lưu Văn phòng',
    });
  });
});
