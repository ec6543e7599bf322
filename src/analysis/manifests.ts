import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

/**
 * Reads what a manifest declares, as (ecosystem, name) pairs. One function per manifest format;
 * each is pure (text in, dependencies out) and forgiving: a manifest that does not parse yields
 * what could be read plus a note, never an exception.
 */
export type Ecosystem =
  'npm' | 'pypi' | 'go' | 'cargo' | 'maven' | 'gem' | 'composer' | 'nuget' | 'docker' | 'action' | 'terraform';

export interface Dependency {
  ecosystem: Ecosystem;
  name: string;
}

export interface ManifestReading {
  dependencies: Dependency[];
  /** Runtime versions a manifest states (engines.node, python_requires, go directive...). */
  runtimes: string[];
  /** Set when the file could not be parsed. */
  problem?: string;
}

const dep = (ecosystem: Ecosystem, name: string): Dependency => ({ ecosystem, name: name.trim() });
const none = (problem?: string): ManifestReading => ({
  dependencies: [],
  runtimes: [],
  ...(problem ? { problem } : {}),
});
const keysOf = (value: unknown): string[] => (value && typeof value === 'object' ? Object.keys(value as object) : []);

/** A PEP 508 requirement's project name: `fastapi[all]>=0.110 ; python_version>"3.8"` is fastapi. */
function pep508Name(line: string): string | undefined {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
  return match?.[1]?.toLowerCase().replace(/_/g, '-');
}

function packageJson(text: string): ManifestReading {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return none(`not valid JSON: ${(error as Error).message}`);
  }
  const names = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) =>
    keysOf(json[k]),
  );
  const engines = json.engines as Record<string, string> | undefined;
  return {
    dependencies: [...new Set(names)].map((n) => dep('npm', n)),
    runtimes: engines?.bun ? ['Node.js', 'Bun'] : ['Node.js'],
  };
}

function requirementsTxt(text: string): ManifestReading {
  const names = text
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('-'))
    .map(pep508Name)
    .filter((n): n is string => Boolean(n));
  return { dependencies: names.map((n) => dep('pypi', n)), runtimes: ['Python'] };
}

function pyproject(text: string): ManifestReading {
  let toml: Record<string, unknown>;
  try {
    toml = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    return none(`not valid TOML: ${(error as Error).message.split('\n')[0]}`);
  }
  const project = (toml.project ?? {}) as Record<string, unknown>;
  const poetry = ((toml.tool as Record<string, unknown> | undefined)?.poetry ?? {}) as Record<string, unknown>;
  const optional = Object.values((project['optional-dependencies'] ?? {}) as Record<string, string[]>).flat();
  const groups = Object.values((poetry.group ?? {}) as Record<string, { dependencies?: object }>).flatMap((g) =>
    keysOf(g.dependencies),
  );
  const names = [
    ...((project.dependencies as string[] | undefined) ?? []).map(pep508Name),
    ...optional.map(pep508Name),
    ...keysOf(poetry.dependencies).map((n) => n.toLowerCase()),
    ...keysOf(poetry['dev-dependencies']).map((n) => n.toLowerCase()),
    ...groups.map((n) => n.toLowerCase()),
  ].filter((n): n is string => Boolean(n) && n !== 'python');
  return { dependencies: [...new Set(names)].map((n) => dep('pypi', n)), runtimes: ['Python'] };
}

function pipfile(text: string): ManifestReading {
  try {
    const toml = parseToml(text) as Record<string, unknown>;
    const names = [...keysOf(toml.packages), ...keysOf(toml['dev-packages'])].map((n) => n.toLowerCase());
    return { dependencies: names.map((n) => dep('pypi', n)), runtimes: ['Python'] };
  } catch (error) {
    return none(`not valid TOML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function goMod(text: string): ManifestReading {
  const names: string[] = [];
  let inBlock = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*/, '').trim();
    if (/^require\s*\($/.test(line)) inBlock = true;
    else if (inBlock && line === ')') inBlock = false;
    else if (inBlock && line) names.push(line.split(/\s+/)[0] ?? '');
    else {
      const single = /^require\s+(\S+)\s+\S+/.exec(line);
      if (single?.[1]) names.push(single[1]);
    }
  }
  return { dependencies: names.filter(Boolean).map((n) => dep('go', n)), runtimes: ['Go'] };
}

function cargoToml(text: string): ManifestReading {
  try {
    const toml = parseToml(text) as Record<string, unknown>;
    const workspace = (toml.workspace ?? {}) as Record<string, unknown>;
    const names = [
      ...keysOf(toml.dependencies),
      ...keysOf(toml['dev-dependencies']),
      ...keysOf(workspace.dependencies),
    ];
    return { dependencies: [...new Set(names)].map((n) => dep('cargo', n)), runtimes: ['Rust'] };
  } catch (error) {
    return none(`not valid TOML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function pomXml(text: string): ManifestReading {
  const names: string[] = [];
  for (const block of text.match(/<(dependency|plugin|parent)>[\s\S]*?<\/\1>/g) ?? []) {
    const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(block)?.[1];
    const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(block)?.[1];
    if (artifact) names.push(group ? `${group}:${artifact}` : artifact);
  }
  return { dependencies: names.map((n) => dep('maven', n)), runtimes: ['Java'] };
}

function gradle(text: string, kotlin: boolean): ManifestReading {
  const names = [
    ...text.matchAll(
      /\b(?:implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|kapt|ksp|annotationProcessor|classpath)\s*\(?\s*["']([\w.-]+):([\w.-]+)(?::[^"']*)?["']/g,
    ),
  ].map((m) => `${m[1]}:${m[2]}`);
  const plugins = [...text.matchAll(/\bid\s*\(?\s*["']([\w.-]+)["']/g)].map((m) => m[1] ?? '');
  return {
    dependencies: [...names, ...plugins].filter(Boolean).map((n) => dep('maven', n)),
    runtimes: [kotlin || /kotlin/.test(text) ? 'Kotlin' : 'Java', 'Java'],
  };
}

function gemfile(text: string): ManifestReading {
  const names = [...text.matchAll(/^\s*gem\s+["']([\w.-]+)["']/gm)].map((m) => m[1] ?? '');
  return { dependencies: names.map((n) => dep('gem', n)), runtimes: ['Ruby'] };
}

function composerJson(text: string): ManifestReading {
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const names = [...keysOf(json.require), ...keysOf(json['require-dev'])].filter(
      (n) => n !== 'php' && !n.startsWith('ext-'),
    );
    return { dependencies: names.map((n) => dep('composer', n)), runtimes: ['PHP'] };
  } catch (error) {
    return none(`not valid JSON: ${(error as Error).message}`);
  }
}

function csproj(text: string): ManifestReading {
  const names = [...text.matchAll(/<PackageReference\s+Include\s*=\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
  const web = /Sdk\s*=\s*"Microsoft\.NET\.Sdk\.Web"/.test(text) ? ['Microsoft.AspNetCore'] : [];
  return { dependencies: [...names, ...web].map((n) => dep('nuget', n)), runtimes: ['.NET'] };
}

/** `FROM image[:tag] [AS name]` lines; stage names are not images. */
function dockerfile(text: string): ManifestReading {
  const stages = new Set<string>();
  const images: string[] = [];
  for (const m of text.matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/gim)) {
    const image = m[1] ?? '';
    if (!stages.has(image.toLowerCase()) && image !== 'scratch') images.push(image);
    if (m[2]) stages.add(m[2].toLowerCase());
  }
  return { dependencies: images.map((i) => dep('docker', imageName(i))), runtimes: [] };
}

/** `library/postgres:16-alpine` and `docker.io/postgres@sha256:...` are both postgres. */
export function imageName(image: string): string {
  const withoutTag = image.replace(/@.*$/, '').replace(/:[^/]*$/, '');
  const parts = withoutTag.split('/');
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'library') parts.shift();
  return parts.join('/').toLowerCase();
}

function compose(text: string): ManifestReading {
  try {
    const doc = parseYaml(text) as { services?: Record<string, { image?: string }> };
    const images = Object.values(doc?.services ?? {})
      .map((s) => s?.image)
      .filter((i): i is string => typeof i === 'string');
    return { dependencies: images.map((i) => dep('docker', imageName(i))), runtimes: [] };
  } catch (error) {
    return none(`not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function workflow(text: string): ManifestReading {
  try {
    const doc = parseYaml(text) as { jobs?: Record<string, { steps?: Array<{ uses?: string }>; 'runs-on'?: unknown }> };
    const uses = Object.values(doc?.jobs ?? {}).flatMap((job) =>
      (job?.steps ?? []).map((s) => s?.uses).filter((u): u is string => typeof u === 'string'),
    );
    return {
      dependencies: ['github-actions', ...uses.map((u) => u.replace(/@.*$/, '').toLowerCase())].map((n) =>
        dep('action', n),
      ),
      runtimes: [],
    };
  } catch (error) {
    return {
      dependencies: [dep('action', 'github-actions')],
      runtimes: [],
      problem: `not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    };
  }
}

function terraform(text: string): ManifestReading {
  const providers = [
    ...[...text.matchAll(/^\s*provider\s+"([\w-]+)"/gm)].map((m) => m[1] ?? ''),
    ...[...text.matchAll(/source\s*=\s*"(?:[\w.-]+\/)?(?:[\w-]+)\/([\w-]+)"/g)].map((m) => m[1] ?? ''),
  ];
  const modules = /^\s*(resource|module|terraform)\s/m.test(text) ? ['terraform'] : [];
  return {
    dependencies: [...new Set([...modules, ...providers.filter(Boolean)])].map((n) => dep('terraform', n)),
    runtimes: [],
  };
}

/** The reader for a path, or undefined when it is not a manifest this analysis reads. */
export function manifestReader(path: string): ((text: string) => ManifestReading) | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'package.json') return packageJson;
  if (/^requirements.*\.txt$/.test(name)) return requirementsTxt;
  if (name === 'pyproject.toml') return pyproject;
  if (name === 'Pipfile') return pipfile;
  if (name === 'go.mod') return goMod;
  if (name === 'Cargo.toml') return cargoToml;
  if (name === 'pom.xml') return pomXml;
  if (name === 'build.gradle' || name === 'build.gradle.kts') return (text) => gradle(text, name.endsWith('.kts'));
  if (name === 'Gemfile') return gemfile;
  if (name === 'composer.json') return composerJson;
  if (name.endsWith('.csproj') || name.endsWith('.fsproj')) return csproj;
  if (name === 'Dockerfile' || name === 'Containerfile' || name.endsWith('.dockerfile') || /^Dockerfile\./.test(name))
    return dockerfile;
  if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(name)) return compose;
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return workflow;
  if (name.endsWith('.tf')) return terraform;
  return undefined;
}
