/**
 * An error the page shows to people, in Chinese and English (`zh`, `en`), with a machine-readable `code`;
 * `message` holds both, for logs and the command line. Subclasses name themselves (`override name = …`): a
 * minified build renames classes.
 */
export class BilingualError<Code extends string> extends Error {
  readonly code: Code;
  readonly zh: string;
  readonly en: string;
  constructor(code: Code, zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.code = code;
    this.zh = zh;
    this.en = en;
  }
}
