// Vite's `?raw` imports give a file's text (used for fixtures in tests running inside workerd).
declare module '*?raw' {
  const text: string;
  export default text;
}
