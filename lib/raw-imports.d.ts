// Vite's `?raw` imports (and scripts/raw-import.mjs in Node): a file's text as a string.
declare module '*?raw' {
  const text: string;
  export default text;
}
