/**
 * The organisation of Tỉnh ủy Điện Biên as plan 82-KH/TU names it, as it stood
 * in 2019, before the district level ended on 1/7/2025.
 */
import type { UnitKind } from '../../core/org/vocab.ts';

export interface SeedUnit {
  key: string;
  name: string;
  kind: UnitKind;
  shortName?: string;
  aliases?: string[];
  parent?: string;
}

export const ROOT_KEY = 'tinh-uy';

export const DIEN_BIEN_2019_UNITS: SeedUnit[] = [
  { key: ROOT_KEY, name: 'Tỉnh ủy Điện Biên', kind: 'cap-uy', shortName: 'Tỉnh ủy', aliases: ['Ban Chấp hành Đảng bộ tỉnh Điện Biên', 'TỈNH ỦY ĐIỆN BIÊN'] },
  { key: 'btv', name: 'Ban Thường vụ Tỉnh ủy', kind: 'ban-thuong-vu', aliases: ['BTV Tỉnh ủy', 'Thường trực Tỉnh ủy'] },
  { key: 'vp', name: 'Văn phòng Tỉnh ủy', kind: 'tham-muu', aliases: ['VPTU'] },
  { key: 'btc', name: 'Ban Tổ chức Tỉnh ủy', kind: 'tham-muu', aliases: ['BTC Tỉnh ủy'] },
  { key: 'btg', name: 'Ban Tuyên giáo Tỉnh ủy', kind: 'tham-muu', aliases: ['BTG Tỉnh ủy', 'Ban Tuyên giáo'] },
  { key: 'bdv', name: 'Ban Dân vận Tỉnh ủy', kind: 'tham-muu', aliases: ['BDV Tỉnh ủy'] },
  { key: 'ubkt', name: 'Ủy ban Kiểm tra Tỉnh ủy', kind: 'tham-muu', aliases: ['UBKT Tỉnh ủy'] },
  { key: 'bnc', name: 'Ban Nội chính Tỉnh ủy', kind: 'tham-muu', aliases: ['BNC Tỉnh ủy'] },
  { key: 'dd-hdnd', name: 'Đảng đoàn HĐND tỉnh', kind: 'dang-doan', aliases: ['Đảng đoàn Hội đồng nhân dân tỉnh'] },
  { key: 'bcs-ubnd', name: 'Ban cán sự đảng UBND tỉnh', kind: 'dang-doan', aliases: ['Ban Cán sự Đảng Ủy ban nhân dân tỉnh'] },
  { key: 'so-gddt', name: 'Sở Giáo dục và Đào tạo', kind: 'so-nganh', aliases: ['Sở GD&ĐT', 'Sở Giáo dục và Đào tạo tỉnh Điện Biên'] },
  { key: 'tp-dbp', name: 'Thành ủy Điện Biên Phủ', kind: 'cap-uy', aliases: ['Thành ủy thành phố Điện Biên Phủ'] },
  { key: 'tx-ml', name: 'Thị ủy Mường Lay', kind: 'cap-uy', aliases: ['Thị ủy thị xã Mường Lay'] },
  { key: 'h-db', name: 'Huyện ủy Điện Biên', kind: 'cap-uy' },
  { key: 'h-dbd', name: 'Huyện ủy Điện Biên Đông', kind: 'cap-uy' },
  { key: 'h-ma', name: 'Huyện ủy Mường Ảng', kind: 'cap-uy' },
  { key: 'h-mc', name: 'Huyện ủy Mường Chà', kind: 'cap-uy' },
  { key: 'h-mn', name: 'Huyện ủy Mường Nhé', kind: 'cap-uy' },
  { key: 'h-np', name: 'Huyện ủy Nậm Pồ', kind: 'cap-uy' },
  { key: 'h-tc', name: 'Huyện ủy Tủa Chùa', kind: 'cap-uy' },
  { key: 'h-tg', name: 'Huyện ủy Tuần Giáo', kind: 'cap-uy' },
  { key: 'du-kcq', name: 'Đảng ủy Khối các cơ quan tỉnh', kind: 'cap-uy' },
  { key: 'du-kdn', name: 'Đảng ủy Khối doanh nghiệp tỉnh', kind: 'cap-uy' },
  { key: 'du-qs', name: 'Đảng ủy Quân sự tỉnh', kind: 'cap-uy' },
  { key: 'du-ca', name: 'Đảng ủy Công an tỉnh', kind: 'cap-uy' },
  { key: 'du-bp', name: 'Đảng ủy Bộ đội Biên phòng tỉnh', kind: 'cap-uy' },
  { key: 'mttq', name: 'Ủy ban MTTQ Việt Nam tỉnh', kind: 'mttq-doan-the', aliases: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban MTTQ tỉnh'] },
  { key: 'ldld', name: 'Liên đoàn Lao động tỉnh', kind: 'mttq-doan-the', aliases: ['LĐLĐ tỉnh'] },
  { key: 'tinh-doan', name: 'Tỉnh đoàn Điện Biên', kind: 'mttq-doan-the', aliases: ['Tỉnh đoàn', 'Đoàn TNCS Hồ Chí Minh tỉnh'] },
  { key: 'hlhpn', name: 'Hội Liên hiệp Phụ nữ tỉnh', kind: 'mttq-doan-the', aliases: ['Hội LHPN tỉnh'] },
  { key: 'hnd', name: 'Hội Nông dân tỉnh', kind: 'mttq-doan-the' },
  { key: 'hccb', name: 'Hội Cựu chiến binh tỉnh', kind: 'mttq-doan-the', aliases: ['Hội CCB tỉnh'] },
];

export const DISTRICT_KEYS = ['tp-dbp', 'tx-ml', 'h-db', 'h-dbd', 'h-ma', 'h-mc', 'h-mn', 'h-np', 'h-tc', 'h-tg'];

export const DIEN_BIEN_2019_GROUPS: { name: string; aliases: string[]; members: string[] }[] = [
  {
    name: 'Các huyện ủy, thị ủy, thành ủy',
    aliases: ['Các huyện, thị, thành ủy', 'Các huyện ủy, thị ủy, thành ủy trực thuộc tỉnh', 'Các cấp ủy huyện'],
    members: DISTRICT_KEYS,
  },
  { name: 'Các đảng ủy trực thuộc tỉnh', aliases: ['Đảng ủy trực thuộc tỉnh', 'Các đảng ủy trực thuộc'], members: ['du-kcq', 'du-kdn', 'du-qs', 'du-ca', 'du-bp'] },
  { name: 'Các đoàn thể tỉnh', aliases: ['Các đoàn thể chính trị - xã hội tỉnh', 'Các tổ chức chính trị - xã hội tỉnh'], members: ['ldld', 'tinh-doan', 'hlhpn', 'hnd', 'hccb'] },
  { name: 'Các đảng đoàn, ban cán sự đảng', aliases: ['Các đảng đoàn, ban cán sự đảng trực thuộc Tỉnh ủy'], members: ['dd-hdnd', 'bcs-ubnd'] },
  { name: 'Các ban, cơ quan tham mưu của Tỉnh ủy', aliases: ['Các ban đảng Tỉnh ủy', 'Các ban xây dựng Đảng'], members: ['vp', 'btc', 'btg', 'bdv', 'ubkt', 'bnc'] },
];

/** One demo account per role. The password is printed at start-up; change it in real use. */
export const DEMO_PASSWORD = 'thucthi2019';

export const DEMO_USERS: { username: string; displayName: string; role: 'admin' | 'coordinator' | 'leader' | 'reporter' | 'viewer'; unit: string }[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: 'vp' },
  { username: 'btg.dieuphoi', displayName: 'Nguyễn Thị Hoa (Ban Tuyên giáo)', role: 'coordinator', unit: 'btg' },
  { username: 'tinhuy.lanhdao', displayName: 'Lò Văn Minh (Thường trực Tỉnh ủy)', role: 'viewer', unit: 'btv' },
  { username: 'tuangiao.lanhdao', displayName: 'Quàng Văn Thắng (Huyện ủy Tuần Giáo)', role: 'leader', unit: 'h-tg' },
  { username: 'tuangiao.baocao', displayName: 'Lường Thị Mai (Huyện ủy Tuần Giáo)', role: 'reporter', unit: 'h-tg' },
  { username: 'muongang.baocao', displayName: 'Cà Văn Tuấn (Huyện ủy Mường Ảng)', role: 'reporter', unit: 'h-ma' },
  { username: 'mttq.baocao', displayName: 'Vì Thị Lan (Ủy ban MTTQ tỉnh)', role: 'reporter', unit: 'mttq' },
];
