/// <reference types="vite/client" />
/**
 * Complete synthetic documents of other shapes than the reference plan, each
 * with the structure it must parse to (only the fields listed are compared;
 * arrays must match in length and order).
 */
import { describe, expect, it } from 'vitest';
import blobCongVan from './fixtures/blob-cong-van.txt?raw';
import chuongTrinhOcr from './fixtures/chuong-trinh-ocr.txt?raw';
import congVan from './fixtures/cong-van-vv.txt?raw';
import huyenUy from './fixtures/huyen-uy-ke-hoach.txt?raw';
import quyetDinh from './fixtures/quyet-dinh-ban-hanh.txt?raw';
import ubndKeHoach from './fixtures/ubnd-ke-hoach.txt?raw';
import webHardWrapped from './fixtures/web-hard-wrapped.txt?raw';
import webWrapper from './fixtures/web-wrapper-ke-hoach.txt?raw';
import { parsePlanDocument } from './index.ts';
import { normaliseExpected, project } from './testing/shape.ts';

const cases: ReadonlyArray<readonly [name: string, text: string, expected: Record<string, unknown>]> = [
  [
    'UBND state plan, "Số: …/KH-UBND", CỘNG HÒA header in tab columns',
    ubndKeHoach,
    {
      number: '5257/KH-UBND',
      type: 'Kế hoạch',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
      superiorIssuer: null,
      place: 'Điện Biên',
      date: '2021-10-05',
      title:
        'Triển khai thực hiện Nghị quyết số 29-NQ/TW ngày 04 tháng 11 năm 2013 của Ban Chấp hành Trung ương Đảng khóa XI trên địa bàn tỉnh giai đoạn 2021 - 2025',
      cites: [
        { symbol: '29-NQ/TW', type: 'Nghị quyết', date: '2013-11-04', issuer: 'Ban Chấp hành Trung ương Đảng khóa XI' },
        { symbol: '09/2019/NĐ-CP', type: 'Nghị định', date: '2019-01-24', issuer: 'Chính phủ' },
        { symbol: '82-KH/TU', type: 'Kế hoạch', date: '2019-08-27', issuer: 'Ban Thường vụ Tỉnh ủy' },
        { symbol: '51-KL/TW', type: 'Kết luận', date: '2019-05-30', issuer: 'Ban Bí thư' },
      ],
      sections: [
        { number: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', items: [{ number: '1', title: 'Mục đích' }, { number: '2', title: 'Yêu cầu' }] },
        { number: 'II', title: 'NHIỆM VỤ, GIẢI PHÁP', items: [{ number: '1' }, { number: '2' }] },
        {
          number: 'III',
          title: 'TỔ CHỨC THỰC HIỆN',
          items: [
            { number: '1', title: 'Sở Giáo dục và Đào tạo' },
            { number: '2', title: 'Sở Tài chính' },
            { number: '3', title: 'Ủy ban nhân dân các huyện, thị xã, thành phố' },
          ],
        },
      ],
      assignments: [
        {
          unit: 'Sở Giáo dục và Đào tạo',
          deadlines: [],
          partners: ['các sở, ngành, địa phương'],
          reports: [{ cadence: 'quarterly', to: ['UBND tỉnh'], via: [] }],
        },
        {
          unit: 'Sở Tài chính',
          deadlines: [{ text: 'hoàn thành trước ngày 15/12/2021', date: '2021-12-15' }],
          partners: ['Sở Kế hoạch và Đầu tư'],
          reports: [],
        },
        {
          unit: 'Ủy ban nhân dân các huyện, thị xã, thành phố',
          deadlines: [{ text: 'hoàn thành trong quý IV năm 2021', date: '2021-12-31' }],
          reports: [
            {
              text: 'định kỳ 6 tháng báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo để tổng hợp, báo cáo UBND tỉnh',
              cadence: '6-monthly',
              to: ['Sở Giáo dục và Đào tạo'],
              via: [],
            },
          ],
        },
      ],
      recipients: [
        'Bộ Giáo dục và Đào tạo (b/c)',
        'TT. Tỉnh ủy, TT. HĐND tỉnh (b/c)',
        'Lãnh đạo UBND tỉnh',
        'Các sở, ban, ngành tỉnh',
        'UBND các huyện, thị xã, thành phố',
        'Lưu: VT, KGVX',
      ],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lò Văn Tiến' },
      issues: [],
    },
  ],
  [
    'huyện ủy plan with a two-line issuer and "Số 45 - KH/HU"',
    huyenUy,
    {
      number: '45-KH/HU',
      type: 'Kế hoạch',
      issuer: 'HUYỆN ỦY TUẦN GIÁO',
      superiorIssuer: 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
      place: 'Tuần Giáo',
      date: '2019-09-12',
      title:
        'thực hiện Kế hoạch số 82-KH/TU, ngày 27/8/2019 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 51-KL/TW của Ban Bí thư',
      cites: [
        { symbol: '82-KH/TU', type: 'Kế hoạch', date: '2019-08-27', issuer: 'Ban Thường vụ Tỉnh ủy' },
        { symbol: '51-KL/TW', type: 'Kết luận', date: '2019-05-30', issuer: 'Ban Bí thư' },
      ],
      sections: [
        { number: 'I', items: [{ number: '1' }, { number: '2' }] },
        {
          number: 'II',
          title: 'NHIỆM VỤ TRỌNG TÂM',
          items: [{ number: '1', points: [{ number: 'a' }, { number: 'b' }] }, { number: '2', title: 'Phát triển đội ngũ nhà giáo' }],
        },
        { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', items: [{ number: '1' }, { number: '2' }, { number: '3' }] },
      ],
      assignments: [
        {
          unit: 'Ban Tuyên giáo Huyện ủy',
          partners: ['Văn phòng Huyện ủy', 'Phòng Giáo dục và Đào tạo huyện'],
          deadlines: [{ text: 'xong trước ngày 30/9/2019', date: '2019-09-30' }],
          reports: [{ cadence: 'once', to: ['Ban Thường vụ Huyện ủy'], via: [] }],
        },
        {
          unit: 'Các chi, đảng bộ trực thuộc',
          deadlines: [{ text: 'hoàn thành trong tháng 10 năm 2019', date: '2019-10-31' }],
          reports: [{ cadence: '6-monthly', to: ['Ban Thường vụ Huyện ủy'], via: ['Ban Tuyên giáo Huyện ủy'] }],
        },
        {
          unit: 'Ủy ban MTTQ và các đoàn thể chính trị - xã hội huyện',
          deadlines: [{ text: 'báo cáo kết quả trước ngày 15/6/2020', date: '2020-06-15' }],
          reports: [{ cadence: 'once' }],
        },
      ],
      recipients: ['Ban Tuyên giáo Tỉnh ủy (b/c)', 'Các đồng chí Huyện ủy viên', 'Các chi, đảng bộ trực thuộc', 'Lưu Văn phòng Huyện ủy'],
      signer: { authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Quàng Văn Hặc' },
    },
  ],
  [
    'công văn "V/v …" with deadlines and a report request',
    congVan,
    {
      number: '1234/SGDĐT-GDTrH',
      type: 'Công văn',
      issuer: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      superiorIssuer: 'UBND TỈNH ĐIỆN BIÊN',
      place: 'Điện Biên',
      date: '2021-03-10',
      title: 'triển khai thực hiện Kế hoạch số 5257/KH-UBND của UBND tỉnh',
      cites: [
        { symbol: '5257/KH-UBND', type: 'Kế hoạch', date: '2021-01-05', issuer: 'UBND tỉnh' },
        { symbol: '29-NQ/TW', type: 'Nghị quyết', date: null, issuer: null },
      ],
      assignments: [
        {
          unit: 'Thủ trưởng các đơn vị',
          deadlines: [
            { text: 'hoàn thành trước ngày 31/3/2021', date: '2021-03-31' },
            { text: 'chậm nhất ngày 14/4/2021', date: '2021-04-14' },
            { text: 'trước ngày 15 tháng 5 năm 2021', date: '2021-05-15' },
          ],
          reports: [{ cadence: 'once', to: ['Sở Giáo dục và Đào tạo'], via: ['Phòng Giáo dục Trung học'] }],
        },
      ],
      recipients: ['Như trên', 'UBND tỉnh (b/c)', 'Giám đốc, các PGĐ Sở', 'Lưu: VT, GDTrH'],
      signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hoa' },
    },
  ],
  [
    'quyết định with Điều 1–4 issuing a plan',
    quyetDinh,
    {
      number: '2150/QĐ-UBND',
      type: 'Quyết định',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN',
      date: '2021-11-15',
      title:
        'Về việc ban hành Kế hoạch thực hiện Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh về phát triển giáo dục giai đoạn 2021 - 2025',
      cites: [
        { symbol: '09/2019/NĐ-CP', type: 'Nghị định', date: '2019-01-24', issuer: 'Chính phủ' },
        { symbol: '15-CTr/TU', type: 'Chương trình', date: '2021-04-20', issuer: 'Ban Chấp hành Đảng bộ tỉnh' },
        { symbol: '456/TTr-SGDĐT', type: 'Tờ trình', date: '2021-11-01', issuer: null },
      ],
      sections: [
        {
          number: '',
          items: [
            { number: 'Điều 1' },
            { number: 'Điều 2' },
            { number: 'Điều 3', title: 'Quyết định này có hiệu lực kể từ ngày ký' },
            { number: 'Điều 4' },
          ],
        },
      ],
      assignments: [
        {
          unit: 'Sở Giáo dục và Đào tạo',
          partners: ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư'],
          deadlines: [{ text: 'trước ngày 15/12', date: null }],
          reports: [{ cadence: 'yearly', to: ['UBND tỉnh'], via: [] }],
        },
        {
          unit: 'Chánh Văn phòng UBND tỉnh; Giám đốc các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan',
          duties: [{ kind: 'other', text: 'chịu trách nhiệm thi hành Quyết định này', deadline: null }],
          reports: [],
        },
      ],
      recipients: ['Như Điều 4', 'Bộ Giáo dục và Đào tạo (b/c)', 'TT Tỉnh ủy, TT HĐND tỉnh (b/c)', 'Lưu: VT, KGVX'],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Thành Đô' },
    },
  ],
  [
    'chương trình hành động with OCR damage (Ð for Đ, "nãm", "l."/"Il.", cut and glued symbols, wide-space columns)',
    chuongTrinhOcr,
    {
      number: '15-CTr/TU',
      type: 'Chương trình',
      issuer: 'TỈNH ỦY ĐIỆN BIÊN',
      place: 'Điện Biên',
      date: '2021-04-20',
      title: 'thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025 về phát triển giáo dục và đào tạo',
      cites: [
        { symbol: '29-NQ/TW', type: 'Nghị quyết', date: '2013-11-04', issuer: 'Ban Chấp hành Trung ương' },
        { symbol: '05-CT/TW', type: 'Chỉ thị', date: '2016-05-15', issuer: 'Bộ Chính trị' },
      ],
      sections: [
        { number: 'I', title: 'MỤC TIÊU', items: [] },
        { number: 'II', title: 'NHIỆM VỤ, GIẢI PHÁP', items: [{ number: '1' }, { number: '2' }] },
        { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', items: [{ number: '1' }, { number: '2' }, { number: '3' }] },
      ],
      assignments: [
        {
          unit: 'Ban Tuyên giáo Tỉnh ủy',
          partners: ['Ban Tổ chức Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy'],
          deadlines: [{ text: 'vào cuối năm 2023', date: '2023-12-31' }],
        },
        {
          unit: 'Đảng đoàn HĐND tỉnh, Ban cán sự đảng UBND tỉnh',
          deadlines: [{ text: 'hoàn thành trong quý II/2021', date: '2021-06-30' }],
          duties: [{ kind: 'sub-plan' }],
        },
        {
          unit: 'Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
          deadlines: [{ text: 'xong trước 30/6/2021', date: '2021-06-30' }],
          reports: [{ cadence: '6-monthly', to: ['Ban Thường vụ Tỉnh ủy'], via: [] }],
        },
      ],
      recipients: ['Ban Bí thư Trung ương (b/c)', 'Các đồng chí Tỉnh ủy viên', 'Như mục III', 'Lưu Văn phòng Tỉnh ủy'],
      signer: { authority: 'T/M TỈNH ỦY', title: 'BÍ THƯ', name: 'Mùa A Sơn' },
    },
  ],
  [
    'state plan inside web-page chrome, header as a table with bars',
    webWrapper,
    {
      number: '12/KH-UBND',
      type: 'Kế hoạch',
      issuer: 'UBND THÀNH PHỐ HÀ NỘI',
      place: 'Hà Nội',
      date: '2021-03-05',
      title: 'Tổ chức các hoạt động hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2021',
      cites: [],
      sections: [
        { number: 'I', items: [] },
        { number: 'II', items: [{ number: '1', title: 'Sở Văn hóa và Thể thao' }, { number: '2' }] },
      ],
      assignments: [
        {
          unit: 'Sở Văn hóa và Thể thao',
          partners: ['Sở Thông tin và Truyền thông', 'Thành đoàn Hà Nội'],
          deadlines: [{ text: 'hoàn thành trước ngày 21/4/2021', date: '2021-04-21' }],
          reports: [],
        },
        {
          unit: 'UBND các quận, huyện, thị xã',
          deadlines: [{ text: 'trước ngày 30 tháng 4 năm 2021', date: '2021-04-30' }],
          reports: [{ cadence: 'once', to: ['Sở Văn hóa và Thể thao'] }],
        },
      ],
      recipients: ['Bộ Văn hóa, Thể thao và Du lịch', 'Các sở, ngành Thành phố', 'UBND các quận, huyện, thị xã', 'Lưu: VT, KGVX'],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Vũ Thu Hà' },
    },
  ],
  [
    'state plan copied from a legal-documents site: hard-wrapped lines, table bars, every header field broken over lines',
    webHardWrapped,
    {
      number: '418/KH-UBND',
      type: 'Kế hoạch',
      issuer: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      superiorIssuer: null,
      place: 'Lai Châu',
      date: '2022-03-08',
      title:
        'TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 11/CT-TTG NGÀY 15/6/2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG ĐUỐI NƯỚC CHO TRẺ EM TRÊN ĐỊA BÀN TỈNH NĂM 2022',
      cites: [{ symbol: '11/CT-TTg', type: 'Chỉ thị', date: '2021-06-15', issuer: 'Thủ tướng Chính phủ' }],
      sections: [
        { number: 'I', title: 'MỤC ĐÍCH, YÊU CẦU', items: [] },
        { number: 'II', title: 'TỔ CHỨC THỰC HIỆN', items: [{ number: '1', title: 'Sở Lao động - Thương binh và Xã hội' }, { number: '2' }] },
      ],
      assignments: [
        {
          unit: 'Sở Lao động - Thương binh và Xã hội',
          partners: ['Sở Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch'],
          deadlines: [],
          reports: [{ cadence: '6-monthly', to: ['Ủy ban nhân dân tỉnh', 'Bộ Lao động - Thương binh và Xã hội'], via: [] }],
        },
        {
          unit: 'Sở Giáo dục và Đào tạo',
          deadlines: [{ text: 'hoàn thành trước ngày 31 tháng 5 năm 2022', date: '2022-05-31' }],
          reports: [],
        },
      ],
      recipients: [
        'Bộ Lao động - Thương binh và Xã hội (b/c)',
        'Các sở, ngành: Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Y tế',
        'UBND các huyện, thành phố',
        'Lưu: VT, VX',
      ],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hà Trọng Hải' },
      issues: [],
    },
  ],
  [
    'Party công văn extracted as one line (header, body, list and signature run together)',
    blobCongVan,
    {
      number: '120-CV/HU',
      type: 'Công văn',
      issuer: 'HUYỆN ỦY MƯỜNG ẢNG',
      superiorIssuer: 'ĐẢNG BỘ TỈNH ĐIỆN BIÊN',
      place: 'Mường Ảng',
      date: '2021-04-14',
      title: 'tổ chức sơ kết 2 năm thực hiện Kết luận số 51-KL/TW',
      sections: [{ number: '', items: [{ number: '1' }, { number: '2', title: 'Báo cáo kết quả sơ kết về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy) trước ngày 31/5/2021' }] }],
      cites: [
        { symbol: '51-KL/TW', date: null },
        { symbol: '82-KH/TU', type: 'Kế hoạch', date: '2019-08-27', issuer: 'Ban Thường vụ Tỉnh ủy' },
      ],
      assignments: [
        {
          unit: 'các chi bộ, đảng bộ cơ sở',
          duties: [{ kind: 'other' }, { kind: 'review' }, { kind: 'report' }],
          deadlines: [
            { text: 'hoàn thành trong tháng 5 năm 2021', date: '2021-05-31' },
            { text: 'trước ngày 31/5/2021', date: '2021-05-31' },
          ],
          reports: [{ cadence: 'once', to: ['Ban Thường vụ Huyện ủy'], via: ['Ban Tuyên giáo Huyện ủy'] }],
        },
      ],
      recipients: ['Như trên', 'Lưu Văn phòng Huyện ủy'],
      signer: { authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Lò Văn Hùng' },
    },
  ],
];

describe('synthetic documents (fixtures/*.txt)', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const want = normaliseExpected(expected) as Record<string, unknown>;
    const actual = parsePlanDocument(text) as unknown as Record<string, unknown>;
    for (const key of Object.keys(want)) {
      expect.soft(project(actual[key], want[key]), key).toEqual(want[key]);
    }
  });
});
