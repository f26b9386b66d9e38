/** The indicator view's code (indicator-code.ts), loaded once, when first needed. */
export type IndicatorCode = typeof import('./indicator-code.ts');

let code: IndicatorCode | null = null;
let loading: Promise<IndicatorCode> | null = null;

/** The code, if it has loaded; null otherwise (nothing starts loading). Selectors read it synchronously. */
export function indicatorCode(): IndicatorCode | null {
  return code;
}

/** Loads the code (once) and resolves with it. */
export function loadIndicatorCode(): Promise<IndicatorCode> {
  return (loading ??= import('./indicator-code.ts').then((m) => (code = m)));
}
