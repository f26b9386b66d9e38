import { CollisionFilterExtension } from '@deck.gl/extensions';
import { TextLayer } from '@deck.gl/layers';

export interface RegionLabel {
  key: string;
  position: [number, number];
  text: string;
  /** Larger regions win label collisions. */
  priority: number;
}

/**
 * Names at label points, Chinese glyphs drawn from the system's CJK font (no glyph server: the app is offline);
 * colliding labels give way to higher-priority ones.
 */
export function regionLabelsLayer(p: { id: string; data: RegionLabel[]; size: number }) {
  return new TextLayer<RegionLabel>({
    id: p.id,
    data: p.data,
    pickable: false,
    characterSet: 'auto',
    fontFamily: "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: p.size,
    getColor: [30, 38, 48, 255],
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true },
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    extensions: [new CollisionFilterExtension()],
    getCollisionPriority: (d: RegionLabel) => d.priority,
    collisionTestProps: { sizeScale: 1.2 },
  } as ConstructorParameters<typeof TextLayer<RegionLabel>>[0]);
}
