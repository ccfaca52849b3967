// Migrations are .sql files bundled as text (esbuild loader 'text', a vite plugin in vitest).
declare module '*.sql' {
  const sql: string;
  export default sql;
}
