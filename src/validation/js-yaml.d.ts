declare module 'js-yaml' {
  const jsYaml: {
    loadAll(text: string, iterator?: undefined, options?: { schema?: unknown; json?: boolean }): unknown[];
    CORE_SCHEMA: unknown;
  };
  export default jsYaml;
}
