/**
 * The `thucthi` command. Each subcommand lives in its own module and is loaded
 * only when called, so `thucthi parse` does not start a database.
 */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type CommandRun = (args: string[], io: CliIo) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<{ run: CommandRun }> }> = {
  start: { summary: 'Chạy máy chủ (dựng giao diện nếu cần, tạo dữ liệu mẫu khi cơ sở dữ liệu trống)', load: () => import('./start.ts') },
  backup: { summary: 'Sao lưu toàn bộ cơ sở dữ liệu vào một tệp (.jsonl.gz)', load: () => import('./backup.ts') },
  restore: { summary: 'Khôi phục từ tệp sao lưu vào cơ sở dữ liệu trống', load: async () => ({ run: (await import('./backup.ts')).runRestore }) },
  seed: { summary: 'Tạo dữ liệu tổng hợp quy mô toàn quốc trên cơ sở dữ liệu trống (--synthetic; --help để xem tham số)', load: () => import('./seed.ts') },
  parse: { summary: 'Đọc một văn bản (.txt, .docx, .pdf) và in cấu trúc (--json để in JSON)', load: () => import('./parse.ts') },
};

function usage(): string {
  const lines = ['Cách dùng: thucthi <lệnh> [tham số]', '', 'Các lệnh:'];
  for (const [name, c] of Object.entries(commands)) lines.push(`  ${name.padEnd(10)} ${c.summary}`);
  return lines.join('\n');
}

export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`Lệnh không tồn tại: ${name}\n\n${usage()}`);
    return 2;
  }
  const { run } = await command.load();
  return run(args, io);
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
