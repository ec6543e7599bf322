// Pure functions that turn action.yml into the CLI's input manifest and README's tables.
// Used by scripts/generate.mjs (writes the files) and by the drift test (compares them).
import { parse } from 'yaml';

const TAG = /^\[([a-z-]+(?:\s*,\s*[a-z-]+)*)\]\s*/;

/** Splits "[snapshot, soc] Text" into its commands and text; untagged entries apply to all commands. */
function splitTag(description) {
  const match = TAG.exec(description);
  if (!match) return { commands: [], text: description.trim() };
  return {
    commands: match[1].split(',').map((c) => c.trim()),
    text: description.slice(match[0].length).trim(),
  };
}

export function parseManifest(yamlText) {
  const doc = parse(yamlText);
  const inputs = Object.entries(doc.inputs ?? {}).map(([name, spec]) => {
    const { commands, text } = splitTag(String(spec.description ?? ''));
    return {
      name,
      description: text,
      default: spec.default === undefined ? '' : String(spec.default),
      required: spec.required === true,
      secret: /Masked in logs/.test(text),
      commands,
    };
  });
  const outputs = Object.entries(doc.outputs ?? {}).map(([name, spec]) => {
    const { commands, text } = splitTag(String(spec.description ?? ''));
    return { name, description: text, commands };
  });
  const commandInput = inputs.find((i) => i.name === 'command');
  const listed = /One of ([a-z-]+(?:,\s*[a-z-]+)*)/.exec(commandInput?.description ?? '');
  const commands = listed ? listed[1].split(',').map((c) => c.trim()) : [];
  return { commands, inputs, outputs };
}

export function renderManifestModule(manifest, version) {
  return [
    '// Generated from action.yml and package.json by scripts/generate.mjs. Do not edit; run `npm run generate`.',
    '',
    `export const version = ${JSON.stringify(version)};`,
    '',
    `export const manifest = ${JSON.stringify(manifest, null, 2)} as const;`,
    '',
  ].join('\n');
}

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const scope = (commands) => (commands.length === 0 ? 'all' : commands.join(', '));

export function renderInputsTable(manifest) {
  const rows = manifest.inputs.map(
    (i) =>
      `| \`${i.name}\` | ${scope(i.commands)} | ${i.required ? 'yes' : 'no'} | ${i.default === '' ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
  );
  return ['| input | commands | required | default | description |', '| --- | --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

export function renderOutputsTable(manifest) {
  const rows = manifest.outputs.map((o) => `| \`${o.name}\` | ${scope(o.commands)} | ${cell(o.description)} |`);
  return ['| output | commands | description |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`; throws when the markers are missing. */
export function replaceBlock(document, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} block`);
  return `${document.slice(0, from + start.length)}\n${content}\n${document.slice(to)}`;
}

export function renderReadme(readme, manifest) {
  return replaceBlock(
    replaceBlock(readme, 'inputs', renderInputsTable(manifest)),
    'outputs',
    renderOutputsTable(manifest),
  );
}
