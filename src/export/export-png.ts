import { t } from '../i18n/strings.ts';
import { insetDrawing, insetLabel } from '../map/south-china-sea-inset.ts';
import type { AppStore } from '../state/store.ts';
import { downloadBlob } from './download.ts';
import { exportTexts, isoDate } from './export-texts.ts';
import { composeMapImage } from './map-image.ts';

/** The PNG is twice the map's CSS size: sharp on a slide or in print, whatever the screen it was made on. */
export const PNG_SCALE = 2;

/**
 * Saves the current view as a PNG: the map captured at PNG_SCALE (`capture`, from the map view) with the title,
 * legend, inset, sources and date around it. Resolves with the file name.
 */
export async function exportPng(store: AppStore, capture: (scale: number) => Promise<HTMLCanvasElement>, now = new Date()): Promise<string> {
  const s = store.getState();
  const texts = exportTexts(s, isoDate(now));
  if (!texts) throw new Error(t(s.lang, 'loading'));
  const national = s.boundaries.national;
  const inset = s.level === 'country' && national ? { drawing: insetDrawing(national.inset, 110), label: insetLabel(s.lang) } : null;
  const map = await capture(PNG_SCALE);
  const font = getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  const canvas = composeMapImage(map, { ...texts, inset, font }, PNG_SCALE);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG');
  const file = `${texts.fileBase}.png`;
  downloadBlob(blob, file);
  return file;
}
