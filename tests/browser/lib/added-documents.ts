import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadGazetteer } from '../../../data/gazetteer/load.ts';
import { NO_FILTERS } from '../../../src/domain/filters.ts';
import { extractDocument } from '../../../src/extract/extract-document.ts';
import { withIndicators } from '../../../src/indicators/with-indicators.ts';
import { createAtlasData } from '../../../src/joins/atlas-data.ts';
import { filterTasks } from '../../../src/joins/filter-tasks.ts';
import { regionDetail } from '../../../src/joins/region-detail.ts';
import { REGISTRY } from '../../../src/regions/registry.ts';
import { divisions, shippedDocuments } from '../../joins/fixtures.ts';
import { docxOfLines, gbkHtmlOfLines, pdfJobOfLines, shippedLines } from '../../ingest/shipped-fixtures.ts';
import { printPdfs } from '../../ingest/print-pdf.ts';

/** 城固县, 洋县's neighbour in 汉中: the atlas ships no plan of its own. */
export const CHENGGU = '610722';

/**
 * A plan the atlas does not hold: 洋县's 2023 work points as 城固县 would issue them (its name and document number
 * swapped in). Its tasks land on 城固县, which has none of its own.
 */
export function chengguLines(): string[] {
  return shippedLines('yangxian-2023-work-points').map((l) => l.replaceAll('洋县', '城固县').replaceAll('洋政办发', '城政办发'));
}

/** The plan in every format the page takes, built here: UTF-8 and GBK text, a GBK web page, Word, a printed PDF. */
export async function chengguFiles(): Promise<Record<'txt' | 'gbk' | 'html' | 'docx' | 'pdf', { name: string; mimeType: string; buffer: Buffer }>> {
  const lines = chengguLines();
  const text = lines.join('\n');
  const [pdf] = await printPdfs([pdfJobOfLines(lines, '城固县人民政府办公室文件')]);
  return {
    txt: { name: '城固县工作要点.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') },
    gbk: { name: '城固县工作要点-gbk.txt', mimeType: 'text/plain', buffer: iconv.encode(text, 'gbk') },
    html: { name: '城固县工作要点.html', mimeType: 'text/html', buffer: Buffer.from(gbkHtmlOfLines(lines)) },
    docx: { name: '城固县工作要点.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docxOfLines(lines)) },
    pdf: { name: '城固县工作要点.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf!) },
  };
}

/**
 * What the page should show once the plan is added, worked out in Node by the same extractor and joins: its tasks,
 * and how many tasks 城固县's panel then lists.
 */
export function chengguExpected(): { title: string; tasks: number; panelCount: number } {
  const doc = withIndicators(extractDocument(chengguLines().join('\n'), { gazetteer: loadGazetteer() }));
  doc.document.id = 'added-0000000000000000';
  const data = createAtlasData([...shippedDocuments(), doc], divisions(), REGISTRY);
  const detail = regionDetail(data.table, filterTasks(data.table, NO_FILTERS), CHENGGU, false);
  return { title: doc.document.title, tasks: doc.tasks.length, panelCount: detail.count };
}

/** Opens 添加文档 and puts a file into it, as a user choosing it does; resolves when its review is shown. */
export async function addFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  if (!(await page.locator('.add-document-dialog[open]').count())) await page.locator('.bar .add-document').click();
  await page.locator('#add-document-file').setInputFiles(file);
  await page.waitForSelector('.add-document-dialog .review', { timeout: 120_000 });
}

/** The panel's count line, once it shows the region. */
export async function panelCount(page: Page, name: string): Promise<string> {
  await expect.poll(() => page.locator('.panel .panel-title').textContent(), { timeout: 60_000 }).toContain(name);
  return (await page.locator('.panel .panel-count').textContent()) ?? '';
}
