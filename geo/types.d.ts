declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (rings of [x, y]), within `precision`; `distance` to the edge. */
  export default function polylabel(polygon: number[][][], precision?: number): number[] & { distance: number };
}
