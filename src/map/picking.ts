import type { PickingInfo } from '@deck.gl/core';
import type { AppStore } from '../state/store.ts';

/** What the pointer is over, for the tooltip: the region key and where the pointer is. */
export type HoverInfo = { key: string; x: number; y: number } | null;

/**
 * deck.gl's pointer handlers: hover and click write the region under the pointer to the store (a composite's id
 * on its outline, else the unit's code); the tooltip hears hovers directly, since it follows the pointer.
 */
export function pickingHandlers(store: AppStore, onHover: (info: HoverInfo) => void) {
  return {
    onHover(info: PickingInfo) {
      const key = keyOf(info);
      if (key !== store.getState().hovered) store.getState().hover(key);
      onHover(key ? { key, x: info.x, y: info.y } : null);
    },
    onClick(info: PickingInfo) {
      const key = keyOf(info);
      if (key) store.getState().select(key);
    },
    getCursor: ({ isHovering, isDragging }: { isHovering: boolean; isDragging: boolean }) => (isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'),
  };
}

/** The region key of a picked feature: a composite's id or a unit's code. */
export function keyOf(info: Pick<PickingInfo, 'object'>): string | null {
  const props = (info.object as { properties?: { code?: string; id?: string } } | undefined)?.properties;
  return props?.id ?? props?.code ?? null;
}
