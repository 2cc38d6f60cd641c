/**
 * Files of a consolidated report (Word in the Party's layout, or an office's
 * own template; Excel tables) and of a unit's own report (Word), from one
 * document model. Reads only: scope is checked like reading the object.
 */
import { eq } from 'drizzle-orm';
import { civilParts, type CivilDate } from '../../../core/civil-date.ts';
import {
  consolidationDocument,
  defaultFrame,
  unitReportDocument,
  type ConsolidationSnapshot,
  type ConsolidationTables,
  type DocumentFrame,
  type IndicatorColumn,
  type OfficialDocument,
} from '../../../core/consolidation/index.ts';
import { emptyContent } from '../../../core/reporting/index.ts';
import { foldVietnamese } from '../../../core/text/vietnamese.ts';
import { reportingDuties, reports } from '../../db/schema/index.ts';
import type { ReadTx } from '../../db/uow.ts';
import { partyDocx } from '../../exports/party-docx.ts';
import { templateData } from '../../exports/template-data.ts';
import { fillTemplate } from '../../exports/template.ts';
import { consolidationXlsx } from '../../exports/xlsx.ts';
import { loadForm } from '../reporting/forms.ts';
import { loadObligation } from '../reporting/obligations.ts';
import type { Scope } from '../scope.ts';
import { contentOf, frameOf, loadConsolidation, loadPlanRow } from './consolidations.ts';
import { loadUnit, planInfo, unitInfo, unitWithParent } from './inputs.ts';
import { templateBytes } from './templates.ts';
import { getVersion } from './versions.ts';
import { DOCX_MIME, XLSX_MIME, type DownloadFile } from '../../exports/file.ts';



/** ASCII file names: "bao-cao-tong-hop_82-KH-TU_2020H1.docx". */
function slug(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'bao-cao';
}

function columnsOf(tables: ConsolidationTables): IndicatorColumn[] {
  return (tables.kind === 'period' ? tables.indicators : tables.trends).map((c) => ({ code: c.code, label: c.label, type: c.type, unit: c.unit }));
}

interface Loaded {
  doc: OfficialDocument;
  tables: ConsolidationTables;
  fileBase: string;
}

async function loadDocument(read: ReadTx, scope: Scope, id: string, options: { version?: number; today: CivilDate }): Promise<Loaded> {
  const { row, plan } = await loadConsolidation(read, scope, id);
  let content = contentOf(row);
  let frame: DocumentFrame = frameOf(row);
  let title = row.title;
  if (options.version !== undefined) {
    const v = await getVersion(read, scope, id, options.version);
    content = v.content satisfies ConsolidationSnapshot;
    frame = v.frame;
    title = v.title;
  }
  const issuer = await loadUnit(read, row.issuerUnitId);
  const range = row.periodFrom === row.periodTo ? row.periodFrom : `${row.periodFrom}-${row.periodTo}`;
  const doc = consolidationDocument({
    frame,
    issuerName: issuer.name,
    title,
    sections: content.sections,
    tables: content.tables,
    columns: columnsOf(content.tables),
    year: civilParts(frame.date ?? options.today).year,
  });
  return { doc, tables: content.tables, fileBase: `bao-cao-tong-hop_${slug(plan.number ?? 'ke-hoach')}_${range}${options.version !== undefined ? `_ban-${options.version}` : ''}` };
}

async function wordOf(read: ReadTx, templateScope: Scope, filesDir: string, doc: OfficialDocument, tables: ConsolidationTables | null, templateId: string | undefined): Promise<Buffer> {
  if (!templateId) return partyDocx(doc);
  const template = await templateBytes(read, templateScope, filesDir, templateId);
  return fillTemplate(template, templateData(doc, tables, tables ? columnsOf(tables) : []));
}

export async function consolidationDocx(
  read: ReadTx,
  scope: Scope,
  filesDir: string,
  id: string,
  options: { version?: number; templateId?: string; today: CivilDate },
): Promise<DownloadFile> {
  const { doc, tables, fileBase } = await loadDocument(read, scope, id, options);
  return { bytes: await wordOf(read, scope, filesDir, doc, tables, options.templateId), mime: DOCX_MIME, fileName: `${fileBase}.docx` };
}

export async function consolidationXlsxFile(read: ReadTx, scope: Scope, id: string, options: { version?: number; today: CivilDate }): Promise<DownloadFile> {
  const { doc, tables, fileBase } = await loadDocument(read, scope, id, options);
  const bytes = await consolidationXlsx({ title: `${doc.typeName} ${doc.subject}`, tables, columns: columnsOf(tables) });
  return { bytes, mime: XLSX_MIME, fileName: `${fileBase}.xlsx` };
}

/**
 * A unit's own report in the same layout: its header (the unit and the body
 * above it), its narratives by content area, its indicators. The content is
 * the report as it stands (a draft can be printed for the leader to sign).
 */
export async function unitReportDocx(read: ReadTx, scope: Scope, filesDir: string, obligationId: string, options: { templateId?: string; today: CivilDate }): Promise<DownloadFile> {
  const o = await loadObligation(read, scope, obligationId);
  const plan = await loadPlanRow(read, o.planId);
  const [info, { unit, parent }, settings, [report], [duty]] = await Promise.all([
    planInfo(read, plan),
    unitWithParent(read, o.unitId),
    loadForm(read, plan.id),
    read.select().from(reports).where(eq(reports.obligationId, o.id)),
    read.select().from(reportingDuties).where(eq(reportingDuties.id, o.reportingDutyId)),
  ]);
  // "về Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo Tỉnh ủy)": to the first for information, through the second.
  const recipients = [...(duty?.toText ?? []).map((t) => `${t} (b/c)`), ...(duty?.viaText ?? [])];
  const frame = defaultFrame({ issuer: unitInfo(unit), parent: parent && unitInfo(parent), place: plan.place ?? '', recipients });
  const doc = unitReportDocument({
    plan: info,
    frame,
    unitName: unit.name,
    periodId: o.periodId,
    indicators: settings.form.indicators,
    content: report?.content ?? emptyContent(),
    year: civilParts(options.today).year,
  });
  const bytes = await wordOf(read, scope, filesDir, doc, null, options.templateId);
  return { bytes, mime: DOCX_MIME, fileName: `bao-cao_${slug(plan.number ?? 'ke-hoach')}_${o.periodId}_${slug(unit.name)}.docx` };
}
