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
  };
  export default jsYaml;
}
