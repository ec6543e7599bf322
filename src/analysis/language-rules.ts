/**
 * Language rules as data (after GitHub linguist's languages.yml and vendor.yml): extend the
 * tables, not the code. `kind` follows linguist: only programming and markup languages count
 * towards a repository's languages; data and prose do not.
 */
export interface LanguageRule {
  name: string;
  kind: 'programming' | 'markup' | 'data' | 'prose';
  extensions?: readonly string[];
  filenames?: readonly string[];
  /** Interpreters named on a `#!` line. */
  interpreters?: readonly string[];
}

export const LANGUAGES: readonly LanguageRule[] = [
  {
    name: 'TypeScript',
    kind: 'programming',
    extensions: ['.ts', '.tsx', '.mts', '.cts'],
    interpreters: ['ts-node', 'tsx', 'deno'],
  },
  {
    name: 'JavaScript',
    kind: 'programming',
    extensions: ['.js', '.jsx', '.mjs', '.cjs'],
    interpreters: ['node', 'nodejs'],
  },
  {
    name: 'Python',
    kind: 'programming',
    extensions: ['.py', '.pyi', '.pyw'],
    filenames: ['SConstruct', 'SConscript'],
    interpreters: ['python', 'python2', 'python3'],
  },
  { name: 'Go', kind: 'programming', extensions: ['.go'] },
  { name: 'Rust', kind: 'programming', extensions: ['.rs'] },
  { name: 'Java', kind: 'programming', extensions: ['.java'] },
  { name: 'Kotlin', kind: 'programming', extensions: ['.kt', '.kts'] },
  { name: 'Scala', kind: 'programming', extensions: ['.scala', '.sc'], interpreters: ['scala'] },
  {
    name: 'Groovy',
    kind: 'programming',
    extensions: ['.groovy', '.gradle'],
    filenames: ['Jenkinsfile'],
    interpreters: ['groovy'],
  },
  { name: 'C', kind: 'programming', extensions: ['.c', '.h'] },
  { name: 'C++', kind: 'programming', extensions: ['.cc', '.cpp', '.cxx', '.hpp', '.hh', '.hxx'] },
  { name: 'C#', kind: 'programming', extensions: ['.cs', '.csx'] },
  { name: 'F#', kind: 'programming', extensions: ['.fs', '.fsi', '.fsx'] },
  { name: 'Swift', kind: 'programming', extensions: ['.swift'] },
  { name: 'Objective-C', kind: 'programming', extensions: ['.m', '.mm'] },
  {
    name: 'Ruby',
    kind: 'programming',
    extensions: ['.rb', '.rake', '.gemspec'],
    filenames: ['Rakefile', 'Gemfile', 'Guardfile', 'Vagrantfile', 'config.ru'],
    interpreters: ['ruby'],
  },
  { name: 'PHP', kind: 'programming', extensions: ['.php', '.phtml'], interpreters: ['php'] },
  { name: 'Perl', kind: 'programming', extensions: ['.pl', '.pm'], interpreters: ['perl'] },
  { name: 'Elixir', kind: 'programming', extensions: ['.ex', '.exs'], interpreters: ['elixir'] },
  { name: 'Erlang', kind: 'programming', extensions: ['.erl', '.hrl'], interpreters: ['escript'] },
  { name: 'Haskell', kind: 'programming', extensions: ['.hs', '.lhs'], interpreters: ['runghc', 'runhaskell'] },
  { name: 'OCaml', kind: 'programming', extensions: ['.ml', '.mli'], interpreters: ['ocaml'] },
  { name: 'Clojure', kind: 'programming', extensions: ['.clj', '.cljs', '.cljc', '.edn'] },
  { name: 'Dart', kind: 'programming', extensions: ['.dart'] },
  { name: 'Lua', kind: 'programming', extensions: ['.lua'], interpreters: ['lua'] },
  { name: 'R', kind: 'programming', extensions: ['.r', '.R'], interpreters: ['Rscript'] },
  { name: 'Julia', kind: 'programming', extensions: ['.jl'], interpreters: ['julia'] },
  { name: 'Zig', kind: 'programming', extensions: ['.zig'] },
  { name: 'Nim', kind: 'programming', extensions: ['.nim'] },
  {
    name: 'Shell',
    kind: 'programming',
    extensions: ['.sh', '.bash', '.zsh', '.ksh'],
    filenames: ['.bashrc', '.zshrc', '.profile'],
    interpreters: ['sh', 'bash', 'zsh', 'ksh', 'dash'],
  },
  { name: 'PowerShell', kind: 'programming', extensions: ['.ps1', '.psm1', '.psd1'], interpreters: ['pwsh'] },
  { name: 'Batchfile', kind: 'programming', extensions: ['.bat', '.cmd'] },
  { name: 'SQL', kind: 'data', extensions: ['.sql'] },
  { name: 'PLpgSQL', kind: 'programming', extensions: ['.pgsql', '.plpgsql'] },
  { name: 'HCL', kind: 'programming', extensions: ['.tf', '.tfvars', '.hcl'] },
  { name: 'Dockerfile', kind: 'programming', extensions: ['.dockerfile'], filenames: ['Dockerfile', 'Containerfile'] },
  {
    name: 'Makefile',
    kind: 'programming',
    extensions: ['.mk', '.mak'],
    filenames: ['Makefile', 'makefile', 'GNUmakefile'],
    interpreters: ['make'],
  },
  { name: 'CMake', kind: 'programming', extensions: ['.cmake'], filenames: ['CMakeLists.txt'] },
  { name: 'Nix', kind: 'programming', extensions: ['.nix'] },
  { name: 'Solidity', kind: 'programming', extensions: ['.sol'] },
  { name: 'Vue', kind: 'markup', extensions: ['.vue'] },
  { name: 'Svelte', kind: 'markup', extensions: ['.svelte'] },
  { name: 'Astro', kind: 'markup', extensions: ['.astro'] },
  { name: 'HTML', kind: 'markup', extensions: ['.html', '.htm', '.xhtml'] },
  { name: 'CSS', kind: 'markup', extensions: ['.css'] },
  { name: 'SCSS', kind: 'markup', extensions: ['.scss'] },
  { name: 'Sass', kind: 'markup', extensions: ['.sass'] },
  { name: 'Less', kind: 'markup', extensions: ['.less'] },
  { name: 'Handlebars', kind: 'markup', extensions: ['.hbs', '.handlebars'] },
  { name: 'Jinja', kind: 'markup', extensions: ['.jinja', '.jinja2', '.j2'] },
  { name: 'GraphQL', kind: 'data', extensions: ['.graphql', '.gql'] },
  { name: 'Protocol Buffer', kind: 'data', extensions: ['.proto'] },
  { name: 'JSON', kind: 'data', extensions: ['.json', '.jsonc', '.json5'] },
  { name: 'YAML', kind: 'data', extensions: ['.yml', '.yaml'] },
  { name: 'TOML', kind: 'data', extensions: ['.toml'] },
  {
    name: 'XML',
    kind: 'data',
    extensions: ['.xml', '.xsd', '.xsl', '.csproj', '.fsproj', '.props'],
    filenames: ['pom.xml'],
  },
  { name: 'INI', kind: 'data', extensions: ['.ini', '.cfg', '.conf'], filenames: ['.editorconfig'] },
  { name: 'CSV', kind: 'data', extensions: ['.csv', '.tsv'] },
  { name: 'Markdown', kind: 'prose', extensions: ['.md', '.markdown', '.mdx'] },
  { name: 'reStructuredText', kind: 'prose', extensions: ['.rst'] },
  { name: 'AsciiDoc', kind: 'prose', extensions: ['.adoc', '.asciidoc'] },
  { name: 'Text', kind: 'prose', extensions: ['.txt'], filenames: ['LICENSE', 'COPYING', 'AUTHORS', 'CHANGELOG'] },
];

/** Paths linguist leaves out of language statistics: vendored, generated and documentation files. */
export const EXCLUDED_PATHS: ReadonlyArray<{ reason: 'vendored' | 'generated' | 'documentation'; pattern: RegExp }> = [
  {
    reason: 'vendored',
    pattern:
      /(^|\/)(node_modules|bower_components|vendor|vendors|third[-_]party|external|extern|Pods|Carthage|\.yarn|jspm_packages)\//,
  },
  {
    reason: 'vendored',
    pattern: /(^|\/)(jquery|bootstrap|d3|modernizr|angular|react|lodash|underscore|moment)([.-][\w.-]*)?\.js$/i,
  },
  { reason: 'vendored', pattern: /(^|\/)\.(github|gitlab|circleci|vscode|idea|devcontainer)\// },
  { reason: 'vendored', pattern: /(^|\/)(gradlew|gradlew\.bat|mvnw|mvnw\.cmd)$/ },
  { reason: 'generated', pattern: /\.min\.(js|css)$/ },
  {
    reason: 'generated',
    pattern: /\.(map|snap|lock|pb\.go|pb\.py|_pb2\.py|g\.dart|freezed\.dart|designer\.cs|generated\.\w+)$/,
  },
  { reason: 'generated', pattern: /(^|\/)(dist|build|out|target|coverage|\.next|\.nuxt|__generated__|generated)\// },
  {
    reason: 'generated',
    pattern:
      /(^|\/)(package-lock\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|Gemfile\.lock|poetry\.lock|composer\.lock|go\.sum)$/,
  },
  { reason: 'documentation', pattern: /(^|\/)(docs?|documentation|examples?|samples?|Documentation)\// },
  {
    reason: 'documentation',
    pattern: /(^|\/)(README|CHANGELOG|CONTRIBUTING|LICENSE|COPYING|AUTHORS|CODE_OF_CONDUCT|SECURITY)(\.\w+)?$/i,
  },
];
