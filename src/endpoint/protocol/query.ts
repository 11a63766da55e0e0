// The awsQuery wire shapes (CloudFormation, IAM, STS): form-encoded parameters in, XML out.
import { AwsError, type AwsRequest, type AwsResponse } from '../types';

/** Parameters of a query request: the form body for POST, merged over the URL query. */
export function parseQueryParams(request: AwsRequest): URLSearchParams {
  const params = new URLSearchParams(request.query);
  if (request.body.length > 0) {
    for (const [k, v] of new URLSearchParams(request.body.toString('utf8'))) params.set(k, v);
  }
  return params;
}

/** `Prefix.member.1`, `Prefix.member.2`, … as a list of strings. */
export function readList(params: URLSearchParams, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 1; params.has(`${prefix}.member.${i}`); i++) out.push(params.get(`${prefix}.member.${i}`) as string);
  return out;
}

/** `Prefix.member.N.Field` structures as a list of records (e.g. Parameters.member.1.ParameterKey). */
export function readStructList(params: URLSearchParams, prefix: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 1; ; i++) {
    const head = `${prefix}.member.${i}.`;
    const entry: Record<string, string> = {};
    for (const [k, v] of params) if (k.startsWith(head)) entry[k.slice(head.length)] = v;
    if (Object.keys(entry).length === 0) return out;
    out.push(entry);
  }
}

export type XmlValue = string | number | boolean | Date | null | undefined | XmlValue[] | { [key: string]: XmlValue };

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Objects become elements, arrays become <member> lists, Dates ISO 8601; null/undefined members are left out. */
export function toXml(value: XmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => `<member>${toXml(v)}</member>`).join('');
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<${k}>${toXml(v)}</${k}>`)
      .join('');
  }
  return escapeXml(String(value));
}

/** <ActionResponse xmlns=…><ActionResult>…</ActionResult><ResponseMetadata><RequestId>…</RequestId></ResponseMetadata></ActionResponse> */
export function xmlResponse(action: string, result: XmlValue, requestId: string, xmlns: string): AwsResponse {
  const inner = result === undefined ? '' : `<${action}Result>${toXml(result)}</${action}Result>`;
  return {
    status: 200,
    headers: { 'content-type': 'text/xml' },
    body: `<${action}Response xmlns="${xmlns}">${inner}<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`,
  };
}

export function xmlError(error: AwsError, requestId: string): AwsResponse {
  return {
    status: error.status,
    headers: { 'content-type': 'text/xml' },
    body:
      `<ErrorResponse><Error><Type>${error.sender}</Type><Code>${escapeXml(error.code)}</Code>` +
      `<Message>${escapeXml(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
  };
}

export function requireParam(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) throw new AwsError('ValidationError', `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`);
  return value;
}
