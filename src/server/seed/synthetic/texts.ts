/**
 * Vietnamese wording of the synthetic data set: names of committees and
 * grassroots organisations, plan titles and sections, duties, and the
 * narratives of reports, all built from templates so that screens, search
 * and exports see text shaped like the real thing. Nothing here is a real
 * document: plans say so in their source text.
 */
import type { Random } from './prng.ts';

/** "Tỉnh Điện Biên" → "Tỉnh ủy Điện Biên"; "Thành phố Hồ Chí Minh" → "Thành ủy Thành phố Hồ Chí Minh". */
export function provinceCommitteeName(fullName: string): { name: string; place: string; shortPlace: string; city: boolean } {
  const city = fullName.startsWith('Thành phố ');
  const place = city ? fullName.slice('Thành phố '.length) : fullName.replace(/^Tỉnh /, '');
  // Hồ Chí Minh keeps "Thành phố" in its committee's name, as the committee itself writes it.
  const name = city ? (place === 'Hồ Chí Minh' ? 'Thành ủy Thành phố Hồ Chí Minh' : `Thành ủy ${place}`) : `Tỉnh ủy ${place}`;
  return { name, place: fullName, shortPlace: place, city };
}

/** "Tỉnh ủy" or "Thành ủy", for the bodies of a province's committee. */
export const committeeWord = (city: boolean) => (city ? 'Thành ủy' : 'Tỉnh ủy');

/** The central bodies under the Central Committee (kind, name, aliases). */
export const CENTRAL_BODIES: { key: string; kind: 'ban-thuong-vu' | 'tham-muu'; name: string; aliases: string[] }[] = [
  { key: 'bct', kind: 'ban-thuong-vu', name: 'Bộ Chính trị', aliases: ['BCT'] },
  { key: 'bbt', kind: 'ban-thuong-vu', name: 'Ban Bí thư', aliases: ['Ban Bí thư Trung ương Đảng'] },
  { key: 'vptw', kind: 'tham-muu', name: 'Văn phòng Trung ương Đảng', aliases: ['VPTW'] },
  { key: 'btctw', kind: 'tham-muu', name: 'Ban Tổ chức Trung ương', aliases: ['BTCTW'] },
  // Since 2025 the propaganda and mass-mobilisation commissions are one body; plans still write either name.
  { key: 'btgtw', kind: 'tham-muu', name: 'Ban Tuyên giáo và Dân vận Trung ương', aliases: ['Ban Tuyên giáo Trung ương', 'Ban Dân vận Trung ương'] },
  { key: 'ubkttw', kind: 'tham-muu', name: 'Ủy ban Kiểm tra Trung ương', aliases: ['UBKTTW'] },
  { key: 'bnctw', kind: 'tham-muu', name: 'Ban Nội chính Trung ương', aliases: [] },
  { key: 'bcstw', kind: 'tham-muu', name: 'Ban Chính sách, chiến lược Trung ương', aliases: [] },
];

const VILLAGE_NAMES = [
  'Đông', 'Tây', 'Nam', 'Bắc', 'Thượng', 'Hạ', 'Trung', 'Tân Lập', 'Hòa Bình', 'Quyết Tiến', 'Đoàn Kết', 'Thống Nhất',
  'Tiền Phong', 'Phú An', 'Yên Thịnh', 'Hưng Long', 'An Phú', 'Tân Tiến', 'Đồng Tâm', 'Minh Khai', 'Quang Trung', 'Lê Lợi',
  'Hồng Phong', 'Phú Thọ', 'Thanh Bình', 'Tân Hòa', 'Bình Minh', 'Na Sang', 'Pá Khoang', 'Huổi Só', 'Nà Tấu', 'Co Mạy',
];

/**
 * Names of a commune's grassroots organisations: villages or residential
 * groups, then the school, health-station, police and militia cells every
 * commune has, and now and then a larger đảng bộ cơ sở.
 */
export function grassrootsNames(rng: Random, communeFullName: string, count: number): string[] {
  const ward = communeFullName.startsWith('Phường');
  const place = communeFullName.replace(/^(Xã|Phường|Đặc khu) /, '');
  const fixed = [
    `Chi bộ Trường Tiểu học ${place}`,
    `Chi bộ Trường Trung học cơ sở ${place}`,
    `Chi bộ Trạm Y tế ${ward ? 'phường' : 'xã'} ${place}`,
    `Chi bộ Công an ${ward ? 'phường' : 'xã'} ${place}`,
    `Chi bộ Quân sự ${ward ? 'phường' : 'xã'} ${place}`,
    `Đảng bộ cơ sở Trường Trung học phổ thông ${place}`,
  ];
  const villages = rng.sample(VILLAGE_NAMES, VILLAGE_NAMES.length);
  const out: string[] = [];
  const residential = Math.max(0, count - Math.min(fixed.length, Math.floor(count / 3)));
  for (let i = 0; i < residential; i++) {
    if (ward) out.push(i % 3 === 2 ? `Chi bộ khu phố ${i + 1}` : `Chi bộ tổ dân phố số ${i + 1}`);
    else {
      const v = villages[i];
      out.push(v ? `Chi bộ ${i % 4 === 3 ? 'bản' : 'thôn'} ${v}` : `Chi bộ thôn ${i + 1}`);
    }
  }
  for (let i = 0; out.length < count; i++) out.push(fixed[i] ?? `Chi bộ cơ quan số ${i + 1}`);
  return out;
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Lò', 'Quàng', 'Lường', 'Hà', 'Vi', 'Cà'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hồng', 'Quang', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hương', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Quân', 'Sơn', 'Thắng', 'Trang', 'Tuấn', 'Yến'];

export function personName(rng: Random): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

/** The subject every synthetic plan implements, cascading from the centre to the communes. */
export const SUBJECT = 'đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số';

/** Items of the "Nhiệm vụ, giải pháp" section: the content areas units report against. */
export const CONTENT_AREAS: { title: string; body: string }[] = [
  { title: 'Nâng cao nhận thức, đổi mới tư duy', body: 'Tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân; đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ.' },
  { title: 'Hoàn thiện thể chế, cơ chế, chính sách', body: 'Rà soát, sửa đổi các quy định không còn phù hợp; ban hành cơ chế khuyến khích ứng dụng công nghệ trong cơ quan, đơn vị.' },
  { title: 'Phát triển hạ tầng số và nguồn nhân lực', body: 'Bảo đảm kết nối mạng đến các thôn, bản, tổ dân phố; bồi dưỡng kỹ năng số cho cán bộ, công chức.' },
  { title: 'Chuyển đổi số trong hoạt động của các cơ quan đảng', body: 'Xử lý văn bản, hồ sơ công việc trên môi trường mạng; số hóa hồ sơ đảng viên.' },
  { title: 'Kiểm tra, giám sát, sơ kết, tổng kết', body: 'Định kỳ kiểm tra, giám sát việc thực hiện; sơ kết hằng năm, tổng kết khi kết thúc kế hoạch.' },
];

/** The duties each assignment gives, in the order plans write them. */
export const DUTY_TEMPLATES: { kind: 'sub-plan' | 'disseminate' | 'guide-inspect' | 'report'; text: string; deadlineDays: number | null }[] = [
  { kind: 'sub-plan', text: 'Xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế của địa phương, đơn vị.', deadlineDays: 30 },
  { kind: 'disseminate', text: 'Tổ chức phổ biến, quán triệt nội dung kế hoạch đến toàn thể cán bộ, đảng viên.', deadlineDays: 60 },
  { kind: 'guide-inspect', text: 'Chỉ đạo, hướng dẫn, kiểm tra, đôn đốc việc thực hiện ở cấp dưới.', deadlineDays: null },
  { kind: 'report', text: 'Định kỳ hằng tháng báo cáo kết quả thực hiện.', deadlineDays: null },
];

export interface PlanText {
  number: string;
  title: string;
  issuer: string;
  place: string;
  sourceText: string;
}

/** The text of a plan: header, sections and the assignment, marked as synthetic. */
export function planText(input: { number: string; issuer: string; superior: string; place: string; dateText: string; parent: string | null; assignee: string; relay: string; seed: number }): PlanText {
  const title = input.parent ? `Kế hoạch thực hiện ${input.parent} về ${SUBJECT}` : `Kế hoạch triển khai thực hiện Nghị quyết về ${SUBJECT}`;
  const lines = [
    'VĂN BẢN TỔNG HỢP ĐỂ KIỂM THỬ (thucthi seed --synthetic) — KHÔNG PHẢI VĂN BẢN THẬT',
    input.superior.toUpperCase(),
    input.issuer.toUpperCase(),
    `Số ${input.number}`,
    `${input.place}, ngày ${input.dateText}`,
    'KẾ HOẠCH',
    title.replace(/^Kế hoạch /, ''),
    'I. MỤC ĐÍCH, YÊU CẦU',
    `Quán triệt, cụ thể hóa đầy đủ chủ trương của Đảng về ${SUBJECT}; xác định rõ nhiệm vụ, trách nhiệm của từng tổ chức đảng.`,
    'II. NHIỆM VỤ, GIẢI PHÁP',
    ...CONTENT_AREAS.map((a, i) => `${i + 1}. ${a.title}\n${a.body}`),
    'III. TỔ CHỨC THỰC HIỆN',
    `1. ${input.assignee}`,
    ...DUTY_TEMPLATES.map((d) => `- ${d.text}`),
    `Định kỳ hằng tháng báo cáo kết quả về ${input.issuer} (qua ${input.relay}).`,
    `2. ${input.relay} chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện.`,
    `(Hạt giống dữ liệu: ${input.seed})`,
  ];
  return { number: input.number, title, issuer: input.issuer, place: input.place, sourceText: lines.join('\n') };
}

const DONE_PHRASES = [
  (n: number, m: number) => `Đã tổ chức ${n} hội nghị quán triệt, triển khai với ${m} lượt cán bộ, đảng viên tham dự.`,
  (n: number) => `Ban hành ${n} văn bản chỉ đạo, hướng dẫn triển khai đến các chi bộ trực thuộc.`,
  (n: number) => `Tỷ lệ văn bản, hồ sơ công việc được xử lý trên môi trường mạng đạt ${50 + (n % 50)}%.`,
  (n: number) => `Hoàn thành số hóa ${n * 10} hồ sơ đảng viên, cập nhật vào cơ sở dữ liệu đảng viên.`,
  (n: number, m: number) => `Tổ chức ${n} lớp bồi dưỡng kỹ năng số cho ${m} lượt cán bộ, công chức và người dân.`,
  (n: number) => `Lắp đặt, nâng cấp đường truyền tại ${n} thôn, bản, tổ dân phố.`,
  () => 'Việc đưa nội dung chuyển đổi số vào sinh hoạt chi bộ được duy trì thường xuyên, có chất lượng.',
];
const DIFFICULTIES = [
  'Hạ tầng kỹ thuật ở một số thôn, bản vùng sâu, vùng xa còn hạn chế, sóng di động chưa ổn định.',
  'Một bộ phận cán bộ, đảng viên lớn tuổi còn lúng túng khi sử dụng các ứng dụng số.',
  'Kinh phí bố trí cho chuyển đổi số còn thấp so với nhu cầu.',
  'Thiết bị tin học tại một số chi bộ đã cũ, xuống cấp.',
  'Cán bộ phụ trách công nghệ thông tin kiêm nhiệm nhiều việc.',
];
const PROPOSALS = [
  'Đề nghị cấp trên quan tâm hỗ trợ kinh phí nâng cấp trang thiết bị.',
  'Đề nghị tổ chức các lớp tập huấn kỹ năng số cho bí thư chi bộ.',
  'Đề nghị sớm hướng dẫn thống nhất việc lưu trữ hồ sơ điện tử của chi bộ.',
  'Đề nghị bổ sung chỉ tiêu về chuyển đổi số vào đánh giá, xếp loại tổ chức đảng hằng năm.',
];

/** Narratives of one report: two or three content areas, difficulties and proposals. */
export function reportNarratives(rng: Random, areaKeys: readonly string[], unitName: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of rng.sample(areaKeys, rng.int(2, 3))) {
    const parts = rng.sample(DONE_PHRASES, 2).map((f) => f(rng.int(1, 12), rng.int(20, 400)));
    out[key] = `Trong kỳ, ${unitName} tiếp tục triển khai nhiệm vụ. ${parts.join(' ')}`;
  }
  out['kho-khan'] = rng.pick(DIFFICULTIES);
  if (rng.chance(0.6)) out['de-xuat'] = rng.pick(PROPOSALS);
  return out;
}

/** Indicators satisfying the dissemination form's rules (participants ≤ members). */
export function reportIndicators(rng: Random): Record<string, number> {
  const members = rng.int(8, 400);
  const attended = rng.int(Math.floor(members * 0.6), members);
  return {
    so_hoi_nghi: rng.int(0, 4),
    luot_can_bo: rng.int(0, 60),
    luot_dang_vien: attended,
    luot_nhan_dan: rng.int(0, 800),
    tong_dang_vien: members,
    ty_le_dang_vien: Math.round((attended / members) * 1000) / 10,
  };
}

export const RETURN_COMMENTS = [
  'Đề nghị bổ sung số liệu cụ thể về số hội nghị và số lượt đảng viên tham dự.',
  'Báo cáo chưa nêu khó khăn, vướng mắc; đề nghị bổ sung.',
  'Số liệu tỷ lệ đảng viên tham gia chưa khớp với tổng số đảng viên; đề nghị kiểm tra lại.',
];
