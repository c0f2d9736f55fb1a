/**
 * The part of a JSON schema that decides what a stored document looks like. Field descriptors are
 * compared across schema versions to keep released schemas additive.
 */
export type JsonSchemaNode = {
  readonly type?: string | readonly string[];
  readonly properties?: { readonly [name: string]: JsonSchemaNode };
  readonly items?: JsonSchemaNode | readonly JsonSchemaNode[];
  readonly enum?: readonly unknown[];
};

/**
 * Every field of a schema by path (`buyer.phone`, `lines[].qty`) with its descriptor: the JSON type,
 * plus its allowed values for an enum (`string enum(accepted|rejected)`).
 */
export type SchemaFields = Readonly<Record<string, string>>;

/** Released field lists: collection name → schema version → fields. Checked in, never shrunk. */
export type ReleasedSchemaFields = Readonly<Record<string, Readonly<Record<string, SchemaFields>>>>;

/** A collection's schema as the code declares it now. */
export type CurrentSchemaFields = Readonly<
  Record<string, { readonly version: number; readonly fields: SchemaFields }>
>;

/** The fields of `schema`, flattened by path. */
export function describeSchemaFields(schema: JsonSchemaNode): SchemaFields {
  const fields: Record<string, string> = {};
  collectFields(schema, '', fields);
  return fields;
}

function collectFields(node: JsonSchemaNode, path: string, into: Record<string, string>): void {
  if (path !== '') into[path] = describeNode(node);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    collectFields(child, path === '' ? name : `${path}.${name}`, into);
  }
  const items = node.items;
  if (items !== undefined && !isNodeList(items)) collectFields(items, `${path}[]`, into);
}

function isNodeList(items: JsonSchemaNode | readonly JsonSchemaNode[]): items is readonly JsonSchemaNode[] {
  return Array.isArray(items);
}

function describeNode(node: JsonSchemaNode): string {
  const type = typeof node.type === 'string' ? node.type : [...(node.type ?? ['any'])].sort().join('|');
  return node.enum === undefined ? type : `${type} enum(${node.enum.map(String).join('|')})`;
}

type Descriptor = { readonly type: string; readonly values: readonly string[] | undefined };

function parseDescriptor(descriptor: string): Descriptor {
  const match = /^(\S+) enum\((.*)\)$/.exec(descriptor);
  if (match === null) return { type: descriptor, values: undefined };
  return { type: match[1] ?? '', values: (match[2] ?? '').split('|') };
}

/** True when data valid for `released` stays valid and means the same under `current`. */
function isCompatible(released: string, current: string): boolean {
  const before = parseDescriptor(released);
  const after = parseDescriptor(current);
  if (before.type !== after.type) return false;
  if (after.values === undefined) return true;
  if (before.values === undefined) return false;
  return before.values.every((value) => after.values?.includes(value));
}

/**
 * Problems that break released data: a collection or field that disappeared, a field whose type
 * changed or whose enum lost a value, a version that went backwards, or a released version whose
 * fields changed without a new version. Adding fields in a new version is fine.
 */
export function findBreakingSchemaChanges(
  released: ReleasedSchemaFields,
  current: CurrentSchemaFields,
): string[] {
  const problems: string[] = [];
  for (const [collection, versions] of Object.entries(released)) {
    const now = current[collection];
    if (now === undefined) {
      problems.push(`${collection}: released collection was removed`);
      continue;
    }
    for (const [version, fields] of Object.entries(versions)) {
      if (now.version < Number(version)) {
        problems.push(`${collection}: version ${now.version} is older than released version ${version}`);
      }
      for (const [path, descriptor] of Object.entries(fields)) {
        const currentDescriptor = now.fields[path];
        if (currentDescriptor === undefined) {
          problems.push(`${collection} v${now.version}: lost field ${path} (released in v${version})`);
        } else if (!isCompatible(descriptor, currentDescriptor)) {
          problems.push(
            `${collection} v${now.version}: field ${path} changed from "${descriptor}" to "${currentDescriptor}" (released in v${version})`,
          );
        }
      }
      if (Number(version) === now.version) {
        for (const path of Object.keys(now.fields)) {
          if (fields[path] === undefined) {
            problems.push(
              `${collection} v${version}: field ${path} added to a released version; bump the version`,
            );
          }
        }
      }
    }
  }
  return problems;
}

/** Current versions missing from the released list: each must be recorded when it ships. */
export function findUnrecordedSchemaVersions(
  released: ReleasedSchemaFields,
  current: CurrentSchemaFields,
): string[] {
  return Object.entries(current)
    .filter(([collection, now]) => released[collection]?.[String(now.version)] === undefined)
    .map(([collection, now]) => `${collection} v${now.version}: ${JSON.stringify(now.fields)}`);
}
