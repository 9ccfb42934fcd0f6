// The compiled catalogues catalogues.plugin.ts serves: `virtual:catalogue/<locale>/<bundle>`.
declare module 'virtual:catalogue/*' {
  const messages: import('@lingui/core').Messages;
  export default messages;
}
