// Test helpers for the endpoint core's tests: SDK client settings pointed at a running local endpoint.
export function clientConfig(url: string, region = 'us-east-1') {
  return {
    region,
    endpoint: url,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    // One attempt: a failure should show as itself, not as a retried one.
    maxAttempts: 1,
  };
}
