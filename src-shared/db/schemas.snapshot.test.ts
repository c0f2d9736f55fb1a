import { describe, expect, it } from 'vitest';
import { ordersSchema } from './orders.schema';
import {
  type CurrentSchemaFields,
  describeSchemaFields,
  findBreakingSchemaChanges,
  findUnrecordedSchemaVersions,
  type JsonSchemaNode,
  type ReleasedSchemaFields,
} from './schema-fields';
import releasedText from './schemas.snapshot.json?raw';
import { stationCollections } from './station-collections';

// The checked-in record of every released schema version. Append a version when it ships (the
// failure message of the last test prints the entry); never edit or delete an entry.
// Read as text: the JSON is data the test checks, not a module the compiler should type.
const releasedFields = JSON.parse(releasedText) as ReleasedSchemaFields;

function currentFields(): CurrentSchemaFields {
  return Object.fromEntries(
    Object.entries(stationCollections).map(([name, definition]) => [
      name,
      { version: definition.schema.version, fields: describeSchemaFields(definition.schema) },
    ]),
  );
}

function withOrders(schema: JsonSchemaNode & { version: number }): CurrentSchemaFields {
  return { ...currentFields(), orders: { version: schema.version, fields: describeSchemaFields(schema) } };
}

// A deep, mutable copy of the current orders schema for the negative cases.
function ordersCopy(): JsonSchemaNode & { version: number; properties: Record<string, JsonSchemaNode> } {
  return structuredClone(ordersSchema);
}

// The negative cases bump the current orders version; every released version from `since` on
// reports the damage.
const nextOrders = ordersSchema.version + 1;
function inEveryRelease<T>(since: number, message: (version: number) => T): T[] {
  return Array.from({ length: nextOrders - since }, (_, index) => message(since + index));
}

describe('station schemas against their released versions', () => {
  it('keep every released field with its type', () => {
    expect(findBreakingSchemaChanges(releasedFields, currentFields())).toEqual([]);
  });

  it('have every current version recorded as released', () => {
    expect(findUnrecordedSchemaVersions(releasedFields, currentFields())).toEqual([]);
  });

  it('catch a removed nested field, even with a version bump', () => {
    const schema = ordersCopy();
    const buyer = schema.properties.buyer as { properties: Record<string, JsonSchemaNode> };
    delete buyer.properties.phone;
    schema.version = nextOrders;
    expect(findBreakingSchemaChanges(releasedFields, withOrders(schema))).toEqual(
      inEveryRelease(0, (v) => `orders v${nextOrders}: lost field buyer.phone (released in v${v})`),
    );
  });

  it('catch a nullable field made non-nullable', () => {
    const schema = ordersCopy();
    schema.properties.label = { type: 'object' };
    schema.version = nextOrders;
    expect(findBreakingSchemaChanges(releasedFields, withOrders(schema))).toEqual(
      inEveryRelease(2, (v) => [
        `orders v${nextOrders}: field label changed from "null|object" to "object" (released in v${v})`,
        ...['carrier', 'trackingNo', 'printedAt', 'by'].map(
          (field) => `orders v${nextOrders}: lost field label.${field} (released in v${v})`,
        ),
      ]).flat(),
    );
  });

  it('catch a retyped field and a narrowed enum', () => {
    const schema = ordersCopy();
    schema.properties.totalFen = { type: 'string' };
    schema.version = nextOrders;
    expect(findBreakingSchemaChanges(releasedFields, withOrders(schema))).toEqual(
      inEveryRelease(
        0,
        (v) => `orders v${nextOrders}: field totalFen changed from "integer" to "string" (released in v${v})`,
      ),
    );
    const results = {
      version: 1,
      fields: {
        ...describeSchemaFields(stationCollections.commandResults.schema),
        status: 'string enum(accepted)',
      },
    };
    expect(
      findBreakingSchemaChanges(releasedFields, { ...currentFields(), commandResults: results }),
    ).toEqual([
      'commandResults v1: field status changed from "string enum(accepted|rejected)" to "string enum(accepted)" (released in v0)',
    ]);
  });

  it('catch a removed collection and a field added without a version bump', () => {
    const { scanLog: _removed, ...rest } = currentFields();
    expect(findBreakingSchemaChanges(releasedFields, rest)).toEqual([
      'scanLog: released collection was removed',
    ]);
    const schema = ordersCopy();
    schema.properties.weighedAt = { type: 'string' };
    expect(findBreakingSchemaChanges(releasedFields, withOrders(schema))).toEqual([
      `orders v${ordersSchema.version}: field weighedAt added to a released version; bump the version`,
    ]);
  });

  it('accept a new version that only adds fields, and ask for it to be recorded', () => {
    const schema = ordersCopy();
    schema.properties.weighedAt = { type: 'string' };
    schema.version = nextOrders;
    expect(findBreakingSchemaChanges(releasedFields, withOrders(schema))).toEqual([]);
    expect(findUnrecordedSchemaVersions(releasedFields, withOrders(schema))).toHaveLength(1);
  });
});
