declare module 'js-yaml' {
  class Type {
    constructor(tag: string, options: { kind: 'scalar'; resolve(data: string | null): boolean; construct(data: string | null): unknown });
  }
  interface Schema {
    extend(types: { implicit?: (Type | unknown)[]; explicit?: (Type | unknown)[] }): Schema;
  }
  const jsYaml: {
    loadAll(text: string, iterator?: undefined, options?: { schema?: unknown; json?: boolean }): unknown[];
    CORE_SCHEMA: Schema;
    FAILSAFE_SCHEMA: Schema;
    Type: typeof Type;
    types: { merge: unknown };
    dump(value: unknown, options?: { sortKeys?: boolean; lineWidth?: number }): string;
  };
  export default jsYaml;
}
