// Template text -> a plain template object. YAML short-form tags (!Ref, !GetAtt a.b, !Sub …) become
// their long form ({ Ref: … }, { 'Fn::GetAtt': [a, b] }, …) so the rest of the service sees one shape.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { AwsError } from '../../types';

export type TemplateValue = string | number | boolean | null | TemplateValue[] | { [key: string]: TemplateValue };

export interface ResourceDefinition {
  Type: string;
  Properties?: Record<string, TemplateValue>;
  DependsOn?: string | string[];
  Condition?: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Metadata?: TemplateValue;
}
export interface ParameterDefinition {
  Type: string;
  Default?: TemplateValue;
  AllowedValues?: TemplateValue[];
  Description?: string;
  NoEcho?: boolean | string;
}
export interface OutputDefinition {
  Value: TemplateValue;
  Description?: string;
  Condition?: string;
  Export?: { Name: TemplateValue };
}
export interface Template {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Parameters?: Record<string, ParameterDefinition>;
  Mappings?: Record<string, Record<string, Record<string, TemplateValue>>>;
  Conditions?: Record<string, TemplateValue>;
  Resources: Record<string, ResourceDefinition>;
  Outputs?: Record<string, OutputDefinition>;
}

/** Short-form tags whose argument is kept as is under the long-form key. */
const FN_TAGS = new Set(['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length']);

function invalid(message: string): AwsError {
  return new AwsError('ValidationError', `Template format error: ${message}`);
}

function tagged(tag: string, value: TemplateValue): TemplateValue {
  const name = tag.slice(1);
  if (name === 'Ref') return { Ref: value };
  if (name === 'Condition') return { Condition: value };
  if (name === 'GetAtt') {
    // !GetAtt Res.Attr (the attribute may itself contain dots: split at the first one) or !GetAtt [Res, Attr]
    if (typeof value === 'string') {
      const dot = value.indexOf('.');
      if (dot < 1) throw invalid(`Template error: every Fn::GetAtt object requires two non-empty parameters`);
      return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] };
    }
    return { 'Fn::GetAtt': value };
  }
  if (FN_TAGS.has(name)) return { [`Fn::${name}`]: value };
  throw invalid(`Unknown tag ${tag}`);
}

function toPlain(node: unknown, doc: Document): TemplateValue {
  // CloudFormation refuses aliases (so an alias bomb never expands here either).
  if (isAlias(node)) throw new AwsError('ValidationError', 'Template error: YAML aliases are not allowed in CloudFormation templates');
  let value: TemplateValue;
  if (isScalar(node)) {
    // A tagged scalar is unresolved by the YAML library: its source text is the argument.
    value = node.tag?.startsWith('!') ? String(node.source ?? node.value ?? '') : (node.value as TemplateValue);
    if (value instanceof Date) value = (node.source as string | undefined) ?? String(value);
  } else if (isSeq(node)) {
    value = node.items.map((item) => toPlain(item, doc));
  } else if (isMap(node)) {
    const out: Record<string, TemplateValue> = {};
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = toPlain(pair.key, doc);
      out[String(key)] = toPlain(pair.value, doc);
    }
    value = out;
  } else if (node === null || node === undefined) {
    return null;
  } else {
    throw invalid('unsupported YAML node');
  }
  const tag = (node as Node).tag;
  return tag?.startsWith('!') && !tag.startsWith('!!') ? tagged(tag, value) : value;
}

/** Parses JSON or YAML template text; throws ValidationError like CloudFormation for malformed text. */
export function parseTemplateText(text: string): Template {
  if (!text.trim()) throw invalid('template body is empty');
  let body: unknown;
  if (/^\s*\{/.test(text)) {
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw invalid(`JSON not well-formed. (${(error as Error).message})`);
    }
  } else {
    const doc = parseDocument(text, { version: '1.2', uniqueKeys: true });
    if (doc.errors.length > 0) throw invalid(`YAML not well-formed. (${doc.errors[0].message.split('\n')[0]})`);
    body = toPlain(doc.contents, doc);
  }
  return checkTemplateShape(body);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TOP_LEVEL = new Set(['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Mappings', 'Conditions', 'Transform', 'Resources', 'Outputs', 'Rules']);

function checkTemplateShape(body: unknown): Template {
  if (!isRecord(body)) throw invalid('JSON not well-formed.');
  for (const key of Object.keys(body)) if (!TOP_LEVEL.has(key)) throw invalid(`Invalid template property or properties [${key}]`);
  if (body.Transform !== undefined) throw invalid('Transform is not supported by the local endpoint');
  const resources = body.Resources;
  if (!isRecord(resources) || Object.keys(resources).length === 0) throw invalid('At least one Resources member must be defined.');
  for (const [id, def] of Object.entries(resources)) {
    if (!/^[A-Za-z0-9]+$/.test(id)) throw invalid(`Resource name ${id} is non alphanumeric.`);
    if (!isRecord(def) || typeof def.Type !== 'string') throw invalid(`[/Resources/${id}] Every Resources object must contain a Type member.`);
    if (def.Properties !== undefined && !isRecord(def.Properties)) throw invalid(`[/Resources/${id}/Properties] Every Properties object must be an object.`);
  }
  for (const section of ['Parameters', 'Outputs', 'Mappings', 'Conditions']) {
    if (body[section] !== undefined && body[section] !== null && !isRecord(body[section])) throw invalid(`Every ${section} member must be an object.`);
  }
  if (isRecord(body.Parameters)) {
    for (const [name, def] of Object.entries(body.Parameters)) {
      if (!isRecord(def) || typeof def.Type !== 'string') throw invalid(`[/Parameters/${name}] Every Parameters object must contain a Type member.`);
    }
  }
  if (isRecord(body.Outputs)) {
    for (const [name, def] of Object.entries(body.Outputs)) {
      if (!isRecord(def) || def.Value === undefined) throw invalid(`[/Outputs/${name}] Every Outputs member must contain a Value object`);
    }
  }
  return body as unknown as Template;
}
