export interface ManifestInput {
  name: string;
  description: string;
  default: string;
  required: boolean;
  secret: boolean;
  commands: string[];
}
export interface Manifest {
  commands: string[];
  inputs: ManifestInput[];
  outputs: Array<{ name: string; description: string; commands: string[] }>;
}
export function parseManifest(yamlText: string): Manifest;
export function renderManifestModule(manifest: Manifest, version: string): string;
export function renderInputsTable(manifest: Manifest): string;
export function renderOutputsTable(manifest: Manifest): string;
export function replaceBlock(document: string, name: string, content: string): string;
export function renderReadme(readme: string, manifest: Manifest): string;
