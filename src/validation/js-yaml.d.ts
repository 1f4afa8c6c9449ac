declare module 'js-yaml' {
  const jsYaml: {
    loadAll(text: string, iterator?: undefined, options?: { schema?: unknown; json?: boolean }): unknown[];
    dump(value: unknown, options?: { sortKeys?: boolean; lineWidth?: number }): string;
    CORE_SCHEMA: unknown;
  };
  export default jsYaml;
}
