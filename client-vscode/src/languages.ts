// The VS Code language ids perfhint's server finds functions in (DESIGN.md "Language server
// behaviour": the 17 CodeNet languages plus TypeScript, Swift and Lua).
export const SUPPORTED_LANGUAGES: readonly string[] = [
  "c",
  "cpp",
  "csharp",
  "d",
  "fortran",
  "go",
  "haskell",
  "java",
  "javascript",
  "kotlin",
  "ocaml",
  "perl",
  "php",
  "python",
  "ruby",
  "rust",
  "scala",
  "typescript",
  "swift",
  "lua",
];

/** Language ids the client attaches to: the enabled ones that are supported, minus the disabled. */
export function activeLanguages(enabled: readonly string[] | undefined, disabled: readonly string[] | undefined): string[] {
  const wanted = enabled && enabled.length > 0 ? enabled : SUPPORTED_LANGUAGES;
  const off = new Set(disabled ?? []);
  const out: string[] = [];
  for (const id of wanted) {
    if (SUPPORTED_LANGUAGES.includes(id) && !off.has(id) && !out.includes(id)) {
      out.push(id);
    }
  }
  return out;
}
