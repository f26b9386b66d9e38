/** The mainland and Hainan, without the South China Sea islands (they have their inset). */
export const CHINA_BOUNDS: [[number, number], [number, number]] = [
  [73.5, 17.5],
  [135.1, 53.6],
];
