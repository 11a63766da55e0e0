// Headers that make a hand-built request look as an AWS client's does to the endpoint: a SigV4-shaped
// Authorization header naming the service (the endpoint accepts any credentials and checks no signature).
export function signedHeaders(service: string, headers: Record<string, string> = {}, region = 'us-east-1'): Record<string, string> {
  return {
    authorization: `AWS4-HMAC-SHA256 Credential=test/20250101/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0`,
    'x-amz-date': '20250101T000000Z',
    ...headers,
  };
}
